const db = require('./db');

async function usersById(text) {
  const ids = text.split(',');
  const users = [];
  for (const id of ids) users.push(await db.getUser(id));
  return users;
}

module.exports = { usersById };
