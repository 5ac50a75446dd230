const db = require('./db');

function cached(cache, id) {
  return Promise.resolve(cache[id] || db.getUser(id)).then((user) => user.from);
}

module.exports = { cached };
