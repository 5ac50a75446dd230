const db = require('./db');

async function firstFound(ids) {
  for (const id of ids) {
    const user = await db.findUser(id);
    if (user) return user;
  }
  return null;
}

module.exports = { firstFound };
