const orders = require('./orders');

async function checkout(order) {
  await orders.normalize(order);
  const saved = await orders.submit(order);
  return saved;
}

module.exports = { checkout };
