const db = require('./db');

async function both(id) {
  const a = await db.getA(id);
  const b = await db.getB(id);
  return [a, b];
}

module.exports = { both };
