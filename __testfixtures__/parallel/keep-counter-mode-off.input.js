const db = require('./db');

function loadAll(ids, cb) {
  const results = new Array(ids.length);
  let pending = ids.length;
  let failed = false;
  if (pending === 0) return cb(null, results);
  ids.forEach(function (id, i) {
    db.load(id, function (err, item) {
      if (failed) return;
      if (err) {
        failed = true;
        return cb(err);
      }
      results[i] = item;
      if (--pending === 0) cb(null, results);
    });
  });
}

module.exports = { loadAll };
