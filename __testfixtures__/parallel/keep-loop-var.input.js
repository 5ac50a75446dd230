const db = require('./db');

async function lastUser(ids) {
  for (const id of ids) {
    var user = await db.getUser(id);
  }
  return user;
}

module.exports = { lastUser };
