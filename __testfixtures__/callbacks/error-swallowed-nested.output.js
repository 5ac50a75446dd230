const db = require('./db');
const analytics = require('./analytics');

const { promisify } = require('util');

async function checkout(cartId) {
  const cart = await promisify(db.getCart).call(db, cartId);

  try {
    await promisify(analytics.track).call(analytics, 'checkout', cart.id);
  } catch {}

  const order = await promisify(db.createOrder).call(db, cart);
  return order;
}

module.exports = { checkout };
