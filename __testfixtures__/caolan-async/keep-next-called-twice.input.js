const async = require('async');
const db = require('./db');

async function load(id) {
  return async.waterfall([
    (next) => {
      db.getUser(id, (err, user) => {
        if (err) next(err);
        next(null, user);
      });
    },
    (user, next) => next(null, user.id),
  ]);
}

module.exports = { load };
