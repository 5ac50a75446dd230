const db = require('./db');

function later(id) {
  log('before', id);
  return Promise.resolve().then(() => {
    log('handler', id);
    return db.getUser(id);
  });
}

module.exports = { later };
