const db = require('./db');

function guardedLoad(id) {
  try {
    return db.getUser(id).then((user) => user.from);
  } catch (err) {
    log('sync failure only', err.message);
    return Promise.resolve(null);
  }
}

module.exports = { guardedLoad };
