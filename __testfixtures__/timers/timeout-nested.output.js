const db = require('./db');

const { setTimeout: sleep } = require('timers/promises');

async function warmUp(key) {
  await db.prime(key);
  await sleep(10);
  log('first pass', key);
  await sleep(20);
  log('second pass', key);
  db.prime(key + ':2');
}

module.exports = { warmUp };
