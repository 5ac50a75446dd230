const db = require('./db');

async function label(id) {
  const { id: userId, from } = await db.getUser(id);
  return from + '#' + userId;
}

module.exports = { label };
