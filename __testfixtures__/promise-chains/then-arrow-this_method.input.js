const db = require('./db');

class Store {
  constructor(name) {
    this.name = name;
  }

  find(id) {
    return db.getUser(id).then((user) => this.name + '/' + user.from);
  }
}

function findIn(name, id) {
  return new Store(name).find(id);
}

module.exports = { findIn };
