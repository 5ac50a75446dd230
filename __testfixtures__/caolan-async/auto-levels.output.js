const db = require('./db');
const { promisify } = require('util');

async function checkout(cartId) {
  const results = {};

  await Promise.all([
    (async () => {
      results.cart = await promisify(db.getCart).call(db, cartId);
    })(),
    (async () => {
      results.prices = await promisify(db.getPrices).call(db, cartId);
    })(),
  ]);

  results.total = results.cart.id + ':' + results.prices.id;
  results.receipt = await promisify(db.saveReceipt).call(db, results.total);
  log('keys', Object.keys(results).join());
  return results.receipt;
}

module.exports = { checkout };
