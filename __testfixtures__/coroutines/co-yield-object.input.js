const co = require('co');
const db = require('./db');

const dashboard = co.wrap(function* (id) {
  const { user, orders } = yield { user: db.getUser(id), orders: db.listOrders(id) };
  const all = yield { stats: db.getStats(id), 'last-login': db.lastLogin(id), flag: true };
  return { user: user.id, orders, all };
});

module.exports = { dashboard };
