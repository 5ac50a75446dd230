const db = require('./db');

function profile(id, cb) {
  let pending = 2;
  let finished = false;
  let user;
  let orders;
  db.getUser(id, (err, found) => {
    if (finished) return;
    if (err) {
      finished = true;
      return cb(err);
    }
    user = found;
    if (--pending === 0) cb(null, { user, orders });
  });
  db.getOrders(id, (err, list) => {
    if (finished) return;
    if (err) {
      finished = true;
      return cb(err);
    }
    orders = list;
    if (--pending === 0) cb(null, { user, orders });
  });
}

module.exports = { profile };
