const db = require('./db');

async function warmUp(key) {
  await db.prime(key);
  setTimeout(() => {
    log('first pass', key);
    setTimeout(() => {
      log('second pass', key);
      db.prime(key + ':2');
    }, 20);
  }, 10);
}

module.exports = { warmUp };
