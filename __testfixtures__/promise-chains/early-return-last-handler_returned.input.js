const db = require('./db');

function check(id) {
  return db.getUser(id).then((user) => {
    if (user.id === 1) {
      return 'first';
    }
    log('not first', user.id);
    return db.getOrders(user.id);
  });
}

module.exports = { check };
