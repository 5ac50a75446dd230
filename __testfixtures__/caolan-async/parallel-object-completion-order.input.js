const async = require('async');
const db = require('./db');

async function overview(id) {
  const results = await async.parallel({
    slow: (cb) => db.getHistory(id, cb),
    fast: function (cb) {
      db.getUser(id, function (err, user) {
        if (err) return cb(err);
        cb(null, user.id);
      });
    },
  });
  log('keys', Object.keys(results).join());
  return results;
}

module.exports = { overview };
