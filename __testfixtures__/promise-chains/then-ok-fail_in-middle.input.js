const db = require('./db');

function okFailThen(id) {
  return db.getUser(id)
    .then((user) => user.id, () => 0)
    .then((n) => n + 1);
}

module.exports = { okFailThen };
