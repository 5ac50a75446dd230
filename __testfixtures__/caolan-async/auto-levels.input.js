const async = require('async');
const db = require('./db');

async function checkout(cartId) {
  const results = await async.auto({
    cart: (cb) => db.getCart(cartId, cb),
    prices: (cb) => db.getPrices(cartId, cb),
    total: ['cart', 'prices', (r, cb) => {
      cb(null, r.cart.id + ':' + r.prices.id);
    }],
    receipt: ['total', function (results, cb) {
      db.saveReceipt(results.total, cb);
    }],
  });
  log('keys', Object.keys(results).join());
  return results.receipt;
}

module.exports = { checkout };
