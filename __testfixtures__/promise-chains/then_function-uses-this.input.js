const db = require('./db');

function tagged(id) {
  return db.getUser(id).then(function (user) {
    return String(this) + user.id;
  });
}

module.exports = { tagged };
