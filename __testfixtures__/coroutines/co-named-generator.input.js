const co = require('co');
const db = require('./db');

function* loadOrders(userId) {
  const user = yield db.getUser(userId);
  const orders = yield db.listOrders(user.id);
  return orders;
}

const loadOrdersAsync = co.wrap(loadOrders);

module.exports = { loadOrdersAsync };
