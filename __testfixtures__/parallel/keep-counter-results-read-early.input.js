const db = require('./db');

function both(id, cb) {
  let pending = 2;
  let failed = false;
  let user;
  let orders;
  db.getUser(id, (err, found) => {
    if (failed) return;
    if (err) {
      failed = true;
      return cb(err);
    }
    user = found;
    if (--pending === 0) cb(null, { user, orders });
  });
  db.getOrders(id, (err, list) => {
    if (failed) return;
    if (err) {
      failed = true;
      return cb(err);
    }
    orders = list;
    if (--pending === 0) cb(null, { user, orders });
  });
  setTimeout(() => log('user so far', user), 3);
}

module.exports = { both };
