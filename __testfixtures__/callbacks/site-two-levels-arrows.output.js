const db = require('./db');

const { promisify } = require('util');

async function loadOrder(id) {
  const order = await promisify(db.getOrder).call(db, id);
  const customer = await promisify(db.getCustomer).call(db, order.customerId);
  return { order, customer };
}

module.exports = { loadOrder };
