const db = require('./db');

class Store {
  constructor(name) {
    this.name = name;
  }

  async find(id) {
    const user = await db.getUser(id);
    return this.name + '/' + user.from;
  }
}

function findIn(name, id) {
  return new Store(name).find(id);
}

module.exports = { findIn };
