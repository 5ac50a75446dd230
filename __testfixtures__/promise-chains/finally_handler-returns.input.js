const db = require('./db');

function closing(id) {
  return db.getUser(id).finally(() => {
    return db.close(id);
  });
}

module.exports = { closing };
