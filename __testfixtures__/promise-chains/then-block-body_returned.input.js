const db = require('./db');

function total(id) {
  return db.getOrders(id).then((orders) => {
    const amount = orders.id * 10;
    log('amount', amount);
    return amount + 1;
  });
}

module.exports = { total };
