const db = require('./db');

module.exports.findOrder = function (orderId, cb) {
  db.getOrder(orderId, (err, order) => {
    if (err) return cb(err);
    cb(null, { id: order.id, source: order.from });
  });
};
