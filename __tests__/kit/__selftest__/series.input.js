// Callback-style original using the caolan async library and a timer.
const async = require('async');
const db = require('./db');

function loadPair(id, cb) {
  async.series(
    [
      (next) => setTimeout(next, 5),
      (next) => db.getUser(id, next),
      (next) => db.getUser(id + 1, next),
    ],
    (err, results) => {
      if (err) return cb(err);
      log('loaded', results.length);
      cb(null, results.slice(1));
    },
  );
}

module.exports = { loadPair };
