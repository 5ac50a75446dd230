const db = require('./db');

function route(id) {
  return db.getUser(id)
    .then((user) => {
      if (user.id % 2 === 0) return db.getEven(user.id);
      else return db.getOdd(user.id);
    })
    .catch((err) => 'failed: ' + err.message);
}

module.exports = { route };
