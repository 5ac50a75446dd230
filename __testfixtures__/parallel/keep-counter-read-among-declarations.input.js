const db = require('./db');

// `total` reads the counter among the join's declarations: the counter must stay.
function loadAll(ids, cb) {
  let pending = ids.length;
  const total = pending;
  let failed = false;
  const results = [];
  if (pending === 0) return cb(null, results);
  ids.forEach((id, i) => {
    db.load(id, (err, item) => {
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
