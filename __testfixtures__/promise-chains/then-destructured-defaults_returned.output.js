const db = require('./db');

async function shape(id) {
  const { role = 'guest', ...rest } = await db.getUser(id);
  return role + ':' + Object.keys(rest).join(',');
}

module.exports = { shape };
