const db = require('./db');

async function total(id) {
  const orders = await db.getOrders(id);
  const amount = orders.id * 10;
  log('amount', amount);
  return amount + 1;
}

module.exports = { total };
