const db = require('./db');

function ordersOf({ id }, limit = 10) {
  return db.getOrders(id).then((orders) => orders.id * limit);
}

module.exports = { ordersOf };
