const db = require('./db');

async function loadOrders(userId) {
  const user = await db.getUser(userId);
  const orders = await db.listOrders(user.id);
  return orders;
}

const loadOrdersAsync = loadOrders;

module.exports = { loadOrdersAsync };
