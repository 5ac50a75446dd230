const db = require('./db');
const session = require('./session');

// session.userId is read when getOrders starts: refresh must have finished by then.
async function ordersOfCurrentUser() {
  await session.refresh();
  const orders = await db.getOrders(session.userId);
  return orders;
}

module.exports = { ordersOfCurrentUser };
