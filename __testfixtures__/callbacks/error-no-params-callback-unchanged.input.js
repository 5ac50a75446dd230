const db = require('./db');
const analytics = require('./analytics');

function checkout(cartId, cb) {
  db.getCart(cartId, (err, cart) => {
    if (err) return cb(err);
    analytics.track('checkout', cart.id, () => {
      db.createOrder(cart, (err, order) => {
        if (err) return cb(err);
        cb(null, order);
      });
    });
  });
}

module.exports = { checkout };
