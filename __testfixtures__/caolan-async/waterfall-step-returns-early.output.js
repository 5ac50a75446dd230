const db = require('./db');
const { promisify } = require('util');
const cache = new Map();

async function cached(id) {
  const user2 = await (async () => {
    if (cache.has(id)) return cache.get(id);
    const user = await promisify(db.getUser).call(db, id);
    cache.set(id, user);
    return user;
  })();

  return user2.id;
}

async function twice(id) {
  const first = await cached(id);
  const second = await cached(id);
  return [first, second];
}

module.exports = { twice };
