const db = require('./db');

function loadMore(ids, loaded, cb) {
  const results = loaded.slice();
  let pending = ids.length;
  let failed = false;
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

module.exports = { loadMore };
