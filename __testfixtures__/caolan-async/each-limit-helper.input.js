const async = require('async');
const db = require('./db');

async function resizeAll(ids) {
  await async.eachLimit(ids, 2, (id, cb) => {
    db.resize(id, (err) => {
      if (err) return cb(err);
      log('resized', id);
      cb();
    });
  });
  log('done');
}

module.exports = { resizeAll };
