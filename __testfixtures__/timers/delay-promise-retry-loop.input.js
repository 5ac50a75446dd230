const db = require('./db');

async function fetchWithRetry(id) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.fetch(id);
    } catch (err) {
      if (attempt === 3) throw err;
      log('attempt', attempt, 'failed:', err.message);
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

module.exports = { fetchWithRetry };
