const db = require('./db');

function loadWithLock(id) {
  log('lock', id);
  return db.getUser(id)
    .then((user) => db.getOrders(user.id))
    .catch((err) => {
      log('failed', err.message);
      return [];
    })
    .finally(() => {
      log('unlock', id);
    });
}

module.exports = { loadWithLock };
