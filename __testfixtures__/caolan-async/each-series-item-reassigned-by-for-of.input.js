const async = require('async');
const db = require('./db');

// The iteratee reuses its parameter as a `for…of` target: it cannot become the loop's `const`.
async function tagAll(ids, tags) {
  await async.eachSeries(ids, function (id, next) {
    for (id of tags) log(id);
    db.touch(id, next);
  });
}

module.exports = { tagAll };
