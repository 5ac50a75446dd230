const db = require('./db');

function exists(id) {
  return db.getUser(id)
    .then(() => true)
    .catch(() => false);
}

module.exports = { exists };
