const db = require('./db');

// Two shuffles: which parameter ends up undefined depends on how many arguments came.
function query(table, filter, options, cb) {
  if (typeof filter === 'function') {
    cb = filter;
    filter = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = null;
  }
  db.query(table, filter, options, cb);
}

function all(table, cb) {
  query(table, (err, rows) => {
    if (err) return cb(err);
    cb(null, rows);
  });
}

module.exports = { all };
