const async = require('async');
const db = require('./db');

async function touchAll(ids) {
  await async.each(ids, function (id, cb) {
    db.touch(id, function (err) {
      if (err) return cb(err);
      log('touched', id);
      cb();
    });
  });
  log('all touched');
}

module.exports = { touchAll };
