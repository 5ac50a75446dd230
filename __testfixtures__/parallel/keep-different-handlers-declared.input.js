const db = require('./db');

async function summary(id) {
  try {
    const user = await db.getUser(id);
    log(user);
  } catch (err) {
    log('no user');
  }
  try {
    const orders = await db.getOrders(id);
    log(orders);
  } catch (err) {
    log('no orders');
  }
}

module.exports = { summary };
