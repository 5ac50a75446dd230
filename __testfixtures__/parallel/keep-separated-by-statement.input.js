const db = require('./db');

async function both(id) {
  const a = await db.getA(id);
  console.log('got a');
  const b = await db.getB(id);
  return [a, b];
}

module.exports = { both };
