const async = require('async');
const db = require('./db');

async function drain(queueName) {
  let remaining = 3;
  await async.whilst(
    function test(cb) {
      cb(null, remaining > 0);
    },
    function iter(cb) {
      db.pop(queueName, remaining, function (err) {
        if (err) return cb(err);
        remaining -= 1;
        cb();
      });
    },
  );
  log('drained', remaining);
}

module.exports = { drain };
