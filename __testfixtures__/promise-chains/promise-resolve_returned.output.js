const db = require('./db');

async function cached(cache, id) {
  const user = await (cache[id] || db.getUser(id));
  return user.from;
}

module.exports = { cached };
