const db = require('./db');

async function safeCount(id) {
  const count = await db.count(id)
    .catch(() => ({ id: 0 }))
    .then((c) => c.id * 2);
  log('count', count);
  return count;
}

module.exports = { safeCount };
