const async = require('async');
const db = require('./db');

// async v2 style: the test returns its answer instead of calling back (v3 would wait forever).
async function countDown(n) {
  await async.whilst(
    () => n > 0,
    (cb) => {
      n -= 1;
      db.tick(n, cb);
    },
  );
}

module.exports = { countDown };
