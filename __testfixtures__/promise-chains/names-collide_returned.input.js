const db = require('./db');

function twoCalls(id) {
  return db.getUser(id)
    .then((res) => db.getOrders(res.id))
    .then((res) => res.from);
}

module.exports = { twoCalls };
