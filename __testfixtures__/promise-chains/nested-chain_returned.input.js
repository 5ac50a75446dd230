const db = require('./db');

function deep(id) {
  return db.getUser(id).then((user) =>
    db.getOrders(user.id).then((orders) => db.getItems(orders.id).then((items) => items.from)),
  );
}

module.exports = { deep };
