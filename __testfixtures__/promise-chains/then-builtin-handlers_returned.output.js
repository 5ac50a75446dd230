const db = require('./db');

async function dump(id) {
  const value = JSON.stringify(await db.getUser(id));
  const value2 = JSON.parse(value);
  return String(value2);
}

module.exports = { dump };
