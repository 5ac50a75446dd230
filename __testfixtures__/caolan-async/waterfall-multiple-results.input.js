const async = require('async');
const db = require('./db');

async function pair(id) {
  const [left, right] = await async.waterfall([
    function (next) {
      db.getUser(id, function (err, user) {
        if (err) return next(err);
        next(null, user, id + 1);
      });
    },
    function (user, otherId, next) {
      db.getUser(otherId, function (err, other) {
        if (err) return next(err);
        next(null, user, other);
      });
    },
  ]);
  return { left: left.id, right: right.id };
}

module.exports = { pair };
