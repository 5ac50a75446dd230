const db = require('./db');

const { promisify } = require('util');

function profile(id, cb) {
  let user;
  let orders;
  Promise.all([
    promisify(db.getUser).call(db, id),
    promisify(db.getOrders).call(db, id),
  ])
    .then((values) => {
      [user, orders] = values;
      cb(null, { user, orders });
    }, (err) => cb(err))
    .catch((thrown) => process.nextTick(() => { throw thrown; }));
}

module.exports = { profile };
