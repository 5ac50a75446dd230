const db = require('./db');

async function compare(user) {
  const other = await db.getUser(user.id + 1);
  const user2 = 'second';
  const user3 = await db.getUser(other.id);
  const line = user3.id + ':' + user2;
  return line + ' vs ' + user.id;
}

module.exports = { compare };
