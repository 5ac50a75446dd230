const db = require('./db');

function fetchWithRetry(n, cb) {
  db.fetch(n, (err, value) => {
    if (err && n > 0) {
      return setTimeout(() => fetchWithRetry(n - 1, cb), 50);
    }
    cb(err, value);
  });
}

module.exports = { fetchWithRetry };
