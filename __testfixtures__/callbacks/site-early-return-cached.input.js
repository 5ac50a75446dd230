const db = require('./db');

const cache = new Map();

function getUser(id, cb) {
  if (cache.has(id)) return cb(null, cache.get(id));
  db.getUser(id, (err, user) => {
    if (err) return cb(err);
    cache.set(id, user);
    cb(null, user);
  });
}

module.exports = { getUser };
