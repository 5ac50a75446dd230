const async = require('async');
const db = require('./db');

async function replay(events) {
  let applied = 0;
  await async.eachSeries(events, function (event, next) {
    db.apply(event, function (err, result) {
      if (err) return next(err);
      applied += 1;
      log('applied', result.id);
      next();
    });
  });
  return applied;
}

module.exports = { replay };
