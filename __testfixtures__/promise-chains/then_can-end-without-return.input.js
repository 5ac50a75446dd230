const db = require('./db');

function sometimes(id) {
  if (id > 0) {
    return db.getUser(id).then((user) => user.from);
  }
}

module.exports = { sometimes };
