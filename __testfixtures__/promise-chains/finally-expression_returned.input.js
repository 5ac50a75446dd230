const db = require('./db');

function withConnection(id) {
  return db.getUser(id)
    .then((user) => user.from)
    .finally(() => db.release(id));
}

module.exports = { withConnection };
