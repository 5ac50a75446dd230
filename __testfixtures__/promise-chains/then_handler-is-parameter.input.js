const db = require('./db');

function withHandler(id, onUser) {
  return db.getUser(id).then(onUser);
}

module.exports = { withHandler };
