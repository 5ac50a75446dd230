const async = require('async');
const db = require('./db');

async function loadPair(id) {
  const results = await async.series([
    function (cb) {
      db.getUser(id, cb);
    },
    function (cb) {
      db.getUser(id + 1, function (err, user) {
        if (err) return cb(err);
        cb(null, user.id);
      });
    },
    (cb) => cb(null, 'done'),
  ]);
  log('loaded', results.length);
  return results;
}

module.exports = { loadPair };
