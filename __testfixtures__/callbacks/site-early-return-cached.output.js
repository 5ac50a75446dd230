const db = require('./db');

const { promisify } = require('util');

const cache = new Map();

async function getUser(id) {
  if (cache.has(id)) return cache.get(id);
  const user = await promisify(db.getUser).call(db, id);
  cache.set(id, user);
  return user;
}

module.exports = { getUser };
