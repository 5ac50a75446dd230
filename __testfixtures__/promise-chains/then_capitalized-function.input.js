const db = require('./db');

function Widget(id) {
  return db.getUser(id).then((user) => user.from);
}

module.exports = { Widget };
