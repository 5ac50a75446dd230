const db = require('./db');

async function usersById(text) {
  const ids = text.split(',');
  const users = await Promise.all(ids.map(async (id) => db.getUser(id)));
  return users;
}

module.exports = { usersById };
