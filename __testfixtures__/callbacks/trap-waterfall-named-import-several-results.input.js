const { waterfall } = require('async');
const db = require('./db');

// The same trap through `waterfall` imported by name: a promisified waterfall would resolve only
// the user, and loadWithCount's callers would lose the count.
function loadWithCount(id, cb) {
  waterfall([
    (next) => db.get(id, next),
    (user, next) => {
      db.count(user.id, (err, count) => next(err, user, count));
    },
  ], cb);
}

module.exports = { loadWithCount };
