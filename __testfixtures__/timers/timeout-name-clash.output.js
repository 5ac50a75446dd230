const db = require('./db');

const { setTimeout: sleep } = require('timers/promises');

async function refresh(id) {
  const result = await db.load(id);
  log('loaded', result.id);
  await sleep(10);
  const result2 = 'refreshed ' + id;
  log(result2);
}

module.exports = { refresh };
