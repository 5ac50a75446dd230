const async = require('async');
const db = require('./db');

async function pairs(ids) {
  // async.map keeps only the first value each iteratee passes on.
  return async.map(ids, (id, cb) => {
    db.getUser(id, (err, user) => {
      if (err) return cb(err);
      cb(null, user.id, user.from);
    });
  });
}

module.exports = { pairs };
