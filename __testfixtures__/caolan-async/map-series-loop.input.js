const async = require('async');
const db = require('./db');

async function versions(ids) {
  const found = await async.mapSeries(ids, function (id, next) {
    db.getVersion(id, function (err, version) {
      if (err) return next(err);
      next(null, version.id);
    });
  });
  return found;
}

module.exports = { versions };
