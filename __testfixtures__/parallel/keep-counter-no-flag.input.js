const db = require('./db');

function loadAll(ids, cb) {
  const results = [];
  let pending = ids.length;
  if (pending === 0) return cb(null, results);
  ids.forEach(function (id, i) {
    db.load(id, function (err, item) {
      if (err) return cb(err);
      results[i] = item;
      if (--pending === 0) cb(null, results);
    });
  });
}

module.exports = { loadAll };
