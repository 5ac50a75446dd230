const db = require('./db');

function guarded(id) {
  return db.getUser(id)
    .then((user) => {
      if (user.id === 1) return 'cached';
      return db.getOrders(user.id);
    })
    .catch((err) => 'error: ' + err.message);
}

module.exports = { guarded };
