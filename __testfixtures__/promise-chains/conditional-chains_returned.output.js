const db = require('./db');

async function either(id) {
  if (id > 1) {
    const big = await db.getBig(id);
    return big.from;
  }
  const small = await db.getSmall(id);
  return small.id;
}

module.exports = { either };
