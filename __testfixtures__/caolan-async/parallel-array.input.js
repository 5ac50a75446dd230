const async = require('async');
const db = require('./db');

async function dashboard(id) {
  const [user, orders, count] = await async.parallel([
    (cb) => db.getUser(id, cb),
    function (cb) {
      db.listOrders(id, function (err, orders) {
        if (err) return cb(err);
        log('orders listed');
        cb(null, orders.id);
      });
    },
    (cb) => cb(null, 3),
  ]);
  return { user: user.id, orders, count };
}

module.exports = { dashboard };
