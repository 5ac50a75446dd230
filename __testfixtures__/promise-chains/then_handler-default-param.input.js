const db = require('./db');

function defaulted(id) {
  return db.maybeUser(id).then((user = { id: 0 }) => user.id);
}

module.exports = { defaulted };
