const async = require('async');
const db = require('./db');
const cache = new Map();

async function cached(id) {
  return async.waterfall([
    (next) => {
      if (cache.has(id)) return next(null, cache.get(id));
      db.getUser(id, next);
    },
    (user, next) => next(null, user.id),
  ]);
}

module.exports = { cached };
