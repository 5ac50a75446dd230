const db = require('./db');

function ordersOf(id) {
  return db.getUser(id)
    .then((user) => {
      log('got', user.id);
      return db.getOrders(user.id);
    })
    .catch((err) => db.getFallback(err.message));
}

module.exports = { ordersOf };
