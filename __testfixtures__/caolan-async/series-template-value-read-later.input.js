const async = require('async');
const db = require('./db');

// The first task's result is a template literal built from `count`, which the second task
// changes: it must be built when the first task ends, not after the series.
async function snapshot(id) {
  let count = 1;
  const results = await async.series([
    function (next) {
      next(null, `count ${count}`);
    },
    function (next) {
      count += 1;
      db.getUser(id, next);
    },
  ]);
  return results;
}

module.exports = { snapshot };
