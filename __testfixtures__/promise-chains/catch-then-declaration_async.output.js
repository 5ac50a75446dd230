const db = require('./db');

async function safeCount(id) {
  let c;

  try {
    c = await db.count(id);
  } catch {
    c = { id: 0 };
  }

  const count = c.id * 2;
  log('count', count);
  return count;
}

module.exports = { safeCount };
