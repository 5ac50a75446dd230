const db = require('./db');

const { promisify } = require('util');
/** Calls `task` until it succeeds, at most `times` times, `interval` ms apart; rejects with the last error. */
async function retry(times, interval, task) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (err) {
      if (attempt >= times) throw err;
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

async function fetchFeed(url) {
  let tries = 0;
  await retry(4, 50, async () => {
    tries += 1;
    await promisify(db.fetch).call(db, url, tries);
    log('fetched after', tries);
  });
}

module.exports = { fetchFeed };
