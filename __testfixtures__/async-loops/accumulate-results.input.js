const db = require('./db');

function loadAll(ids, cb) {
  const rows = [];
  function next(i) {
    if (i >= ids.length) return cb(null, rows);
    db.load(ids[i], (err, row) => {
      if (err) return cb(err);
      rows.push(row);
      next(i + 1);
    });
  }
  next(0);
}

module.exports = { loadAll };
