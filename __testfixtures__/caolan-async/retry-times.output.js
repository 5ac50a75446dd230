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

async function connect(host) {
  let attempt = 0;
  const connection = await retry(3, 0, async () => {
    attempt += 1;
    return promisify(db.connect).call(db, host, attempt);
  });
  return connection;
}

module.exports = { connect };
