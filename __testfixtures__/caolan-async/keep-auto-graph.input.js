const async = require('async');
const db = require('./db');

async function build(id) {
  return async.auto({
    user: (cb) => db.getUser(id, cb),
    orders: ['user', (results, cb) => db.listOrders(results.user.id, cb)],
  });
}

module.exports = { build };
