const db = require('./db');

let counter = 0;

async function two() {
  const a = await db.getItem(counter);
  const b = await db.getItem(++counter);
  return [a, b];
}

module.exports = { two };
