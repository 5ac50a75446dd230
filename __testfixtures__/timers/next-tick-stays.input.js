const db = require('./db');

async function emitLater(id) {
  await db.load(id);
  process.nextTick(() => log('loaded', id));
}

module.exports = { emitLater };
