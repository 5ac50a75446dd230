const db = require('./db');

async function firstBig(id) {
  const list = await db.getList(id);
  for (const n of [list.id, list.id * 2, list.id * 3]) {
    if (n > 3) return n;
    log('small', n);
  }
  return -1;
}

module.exports = { firstBig };
