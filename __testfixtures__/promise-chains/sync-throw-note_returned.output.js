const db = require('./db');

async function load(id) {
  if (typeof id !== 'number') throw new TypeError('id must be a number');
  const user = await db.getUser(id);
  return user.from;
}

module.exports = { load };
