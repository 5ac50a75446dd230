const db = require('./db');

function strict(id) {
  return db.getUser(id)
    .then((user) => user.id)
    .catch((err) => {
      log('wrapping', err.message);
      throw new Error('strict lookup failed: ' + err.message);
    });
}

module.exports = { strict };
