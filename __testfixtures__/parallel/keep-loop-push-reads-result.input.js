const db = require('./db');

// Each iteration passes how many users the ones before pushed: as one Promise.all the array is
// filled only at the end (and reading it inside its own const declaration would throw).
async function numberedUsers(text) {
  const ids = text.split(',');
  const users = [];
  for (const id of ids) users.push(await db.getUser(id, users.length));
  return users;
}

module.exports = { numberedUsers };
