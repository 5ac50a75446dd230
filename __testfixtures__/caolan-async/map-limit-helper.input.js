const async = require('async');
const db = require('./db');

async function thumbnails(ids) {
  return async.mapLimit(ids, 3, function (id, cb) {
    db.thumbnail(id, function (err, thumb) {
      if (err) return cb(err);
      cb(null, thumb.id);
    });
  });
}

module.exports = { thumbnails };
