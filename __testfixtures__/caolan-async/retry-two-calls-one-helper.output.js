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

// Two retries in one file share one helper.
async function ping(id) {
  let n = 0;
  return retry(3, 0, async () => {
    n += 1;
    return promisify(db.ping).call(db, id, n);
  });
}

async function pong(id) {
  let n = 0;
  return retry(2, 10, async () => {
    n += 1;
    return promisify(db.pong).call(db, id, n);
  });
}

module.exports = { ping, pong };
