const db = require('./db');

function extra(id) {
  return db.getUser(id).then((user, extraArg) => [user.id, extraArg]);
}

module.exports = { extra };
