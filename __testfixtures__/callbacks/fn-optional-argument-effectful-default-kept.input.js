const db = require('./db');

function defaults() {
  db.log('defaults read');
  return { limit: 10 };
}

// The fallback runs code: as a default parameter it would run at another moment.
function list(table, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = defaults();
  }
  db.list(table, options.limit, cb);
}

function first(table, cb) {
  list(table, (err, rows) => {
    if (err) return cb(err);
    cb(null, rows[0]);
  });
}

module.exports = { first };
