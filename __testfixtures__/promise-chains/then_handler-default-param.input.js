const db = require('./db');

function defaulted(id) {
  return db.touch(id)
    .then(() => undefined)
    .then((user = { id: 0 }) => user.id);
}

module.exports = { defaulted };
