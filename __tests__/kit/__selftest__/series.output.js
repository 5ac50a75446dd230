// Conversion to sequential awaits and timers/promises.
const { setTimeout } = require('timers/promises');
const db = require('./db');

async function loadPair(id) {
  await setTimeout(5);
  const first = await db.getUser(id);
  const second = await db.getUser(id + 1);
  log('loaded', 3);
  return [first, second];
}

module.exports = { loadPair };
