const db = require('./db');

async function ordersOf(id) {
  try {
    const user = await db.getUser(id);
    log('got', user.id);
    return await db.getOrders(user.id);
  } catch (err) {
    return db.getFallback(err.message);
  }
}

module.exports = { ordersOf };
