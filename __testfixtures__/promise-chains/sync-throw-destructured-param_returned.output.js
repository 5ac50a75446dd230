const db = require('./db');

async function ordersOf({ id }, limit = 10) {
  const orders = await db.getOrders(id);
  return orders.id * limit;
}

module.exports = { ordersOf };
