const async = require('async');
const db = require('./db');

function orderTotal(orderId) {
  return async.waterfall([
    (next) => db.getOrder(orderId, next),
    (order, next) => {
      const lines = order.id * 2;
      next(null, lines + 1);
    },
  ]);
}

module.exports = { orderTotal };
