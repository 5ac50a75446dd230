const db = require('./db');

function Loader(id) {
  return db.getUser(id).then((user) => user.from);
}

function make(id) {
  return new Loader(id);
}

module.exports = { Loader, make };
