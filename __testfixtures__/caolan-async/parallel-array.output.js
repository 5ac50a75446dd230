const db = require('./db');
const { promisify } = require('util');

async function dashboard(id) {
  const [user, orders, count] = await Promise.all([
    promisify(db.getUser).call(db, id),
    (async () => {
      const orders = await promisify(db.listOrders).call(db, id);
      log('orders listed');
      return orders.id;
    })(),
    3,
  ]);
  return { user: user.id, orders, count };
}

module.exports = { dashboard };
