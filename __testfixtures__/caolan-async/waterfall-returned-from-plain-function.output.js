const db = require('./db');
const { promisify } = require('util');

async function orderTotal(orderId) {
  const order = await promisify(db.getOrder).call(db, orderId);
  const lines = order.id * 2;
  return lines + 1;
}

module.exports = { orderTotal };
