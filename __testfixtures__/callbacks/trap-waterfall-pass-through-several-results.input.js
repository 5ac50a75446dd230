const async = require('async');
const db = require('./db');

// The last step passes two results on: a promisified waterfall would resolve only the first.
function loadWithCount(id, cb) {
  async.waterfall([
    (next) => db.get(id, next),
    (user, next) => {
      db.count(user.id, (err, count) => next(err, user, count));
    },
  ], cb);
}

module.exports = { loadWithCount };
