const db = require('./db');

function loadOrder(id, cb) {
  db.getOrder(id, (err, order) => {
    if (err) return cb(err);
    db.getCustomer(order.customerId, (err, customer) => {
      if (err) return cb(err);
      cb(null, { order, customer });
    });
  });
}

module.exports = { loadOrder };
