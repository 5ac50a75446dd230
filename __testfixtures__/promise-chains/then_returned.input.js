const db = require('./db');

function userName(id) {
  return db.getUser(id).then((user) => user.from + ':' + user.id);
}

module.exports = { userName };
