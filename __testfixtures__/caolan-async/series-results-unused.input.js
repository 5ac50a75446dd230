const async = require('async');
const db = require('./db');

async function migrate(id) {
  await async.series([
    (cb) => db.lock(id, cb),
    (cb) => {
      log('locked', id);
      db.copy(id, (err) => {
        if (err) return cb(err);
        log('copied', id);
        cb();
      });
    },
    (cb) => db.unlock(id, cb),
  ]);
  log('migrated', id);
}

module.exports = { migrate };
