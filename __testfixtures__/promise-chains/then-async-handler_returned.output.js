const db = require('./db');

async function enrich(id) {
  try {
    const user = await db.getUser(id);
    const orders = await db.getOrders(user.id);
    return { user: user.id, orders: orders.from };
  } catch (err) {
    return { error: err.message };
  }
}

module.exports = { enrich };
