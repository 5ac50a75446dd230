const db = require('./db');

async function userName(id) {
  const user = await db.getUser(id);
  return user.from + ':' + user.id;
}

module.exports = { userName };
