const db = require('./db');

function mustExist(id) {
  return db.getUser(id)
    .then((user) => {
      if (user.id === 3) throw new Error('user 3 is banned');
      return user;
    })
    .then((user) => db.getOrders(user.id))
    .catch((err) => {
      log('caught', err.message);
      return null;
    });
}

module.exports = { mustExist };
