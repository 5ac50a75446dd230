const db = require('./db');

function maybe(id) {
  if (!id) return null;
  return db.getUser(id).then((user) => user.from);
}

module.exports = { maybe };
