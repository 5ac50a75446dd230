const db = require('./db');

async function summary(id) {
  let user;
  let orders;
  try {
    user = await db.getUser(id);
  } catch (err) {
    user = null;
  }
  try {
    orders = await db.getOrders(id);
  } catch (err) {
    orders = [];
  }
  return { user, orders };
}

module.exports = { summary };
