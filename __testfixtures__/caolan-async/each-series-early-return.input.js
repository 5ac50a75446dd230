const async = require('async');
const db = require('./db');

async function archive(ids) {
  await async.eachSeries(ids, function (id, next) {
    if (id < 0) return next();
    var label = 'archive:' + id;
    db.archive(label, next);
  });
  log('archived');
}

module.exports = { archive };
