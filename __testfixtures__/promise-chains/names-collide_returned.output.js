const db = require('./db');

async function twoCalls(id) {
  const res = await db.getUser(id);
  const res2 = await db.getOrders(res.id);
  return res2.from;
}

module.exports = { twoCalls };
