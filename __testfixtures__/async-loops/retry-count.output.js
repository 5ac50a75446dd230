const db = require('./db');

const { promisify } = require('util');

// Tries up to n + 1 times; the last error is what the caller gets.
async function fetchWithRetry(n) {
  while (true) {
    let value;

    try {
      value = await promisify(db.fetch).call(db, n);
    } catch (err) {
      if (n > 0) {
        n -= 1;
        continue;
      }

      throw err;
    }

    return value;
  }
}

module.exports = { fetchWithRetry };
