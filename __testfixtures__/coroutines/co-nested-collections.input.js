const co = require('co');
const db = require('./db');

const report = co.wrap(function* (id) {
  const [user, [orders, refunds]] = yield [db.getUser(id), [db.listOrders(id), db.listRefunds(id)]];
  const summary = yield { totals: [db.sum(orders.id), db.sum(refunds.id)], owner: user };
  return summary;
});

module.exports = { report };
