const db = require('./db');

const report = async function(id) {
  const [user, [orders, refunds]] = await Promise.all([db.getUser(id), Promise.all([db.listOrders(id), db.listRefunds(id)])]);
  const summary = await Promise.all([Promise.all([db.sum(orders.id), db.sum(refunds.id)]), user]).then(([totals, owner]) => ({
    totals,
    owner
  }));
  return summary;
};

module.exports = { report };
