const db = require('./db');

function label(id) {
  return db.getUser(id).then(({ id: userId, from }) => from + '#' + userId);
}

module.exports = { label };
