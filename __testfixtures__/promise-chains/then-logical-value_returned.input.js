const db = require('./db');

function withDefault(id, fallback) {
  return db.getUser(id)
    .then((user) => user.alias || db.getAlias(user.id))
    .then((alias) => alias.from)
    .catch(() => fallback);
}

module.exports = { withDefault };
