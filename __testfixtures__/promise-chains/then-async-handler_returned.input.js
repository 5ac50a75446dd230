const db = require('./db');

function enrich(id) {
  return db.getUser(id)
    .then(async (user) => {
      const orders = await db.getOrders(user.id);
      return { user: user.id, orders: orders.from };
    })
    .catch((err) => ({ error: err.message }));
}

module.exports = { enrich };
