const db = require('./db');

const { promisify } = require('util');

class Repo {
  constructor(table) {
    this.table = table;
  }

  async find(id) {
    const row = await promisify(db.get).call(db, this.table, id);
    return row;
  }

  async findTwo(a, b) {
    const first = await this.find(a);
    const second = await this.find(b);
    return [first, second];
  }
}

const users = new Repo('users');

async function loadPair() {
  const pair = await users.findTwo(1, 2);
  return pair;
}

module.exports = { loadPair };
