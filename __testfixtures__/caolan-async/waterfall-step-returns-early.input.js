const async = require('async');
const db = require('./db');
const cache = new Map();

async function cached(id) {
  return async.waterfall([
    (next) => {
      if (cache.has(id)) return next(null, cache.get(id));
      db.getUser(id, (err, user) => {
        if (err) return next(err);
        cache.set(id, user);
        next(null, user);
      });
    },
    (user, next) => next(null, user.id),
  ]);
}

async function twice(id) {
  const first = await cached(id);
  const second = await cached(id);
  return [first, second];
}

module.exports = { twice };
