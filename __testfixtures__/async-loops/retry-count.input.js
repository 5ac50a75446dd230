const db = require('./db');

// Tries up to n + 1 times; the last error is what the caller gets.
function fetchWithRetry(n, cb) {
  db.fetch(n, function (err, value) {
    if (err && n > 0) return fetchWithRetry(n - 1, cb);
    cb(err, value);
  });
}

module.exports = { fetchWithRetry };
