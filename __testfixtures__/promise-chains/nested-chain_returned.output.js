const db = require('./db');

async function deep(id) {
  const user = await db.getUser(id);
  const orders = await db.getOrders(user.id);
  const items = await db.getItems(orders.id);
  return items.from;
}

module.exports = { deep };
