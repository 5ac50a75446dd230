const db = require('./db');

const { promisify } = require('util');

const users = {
  async load(id) {
    const user = await promisify(db.getUser).call(db, id);
    return user;
  },
  label: async function (id) {
    const user = await this.load(id);
    return user.from + '#' + user.id;
  },
};

async function show(id) {
  const text = await users.label(id);
  return '[' + text + ']';
}

module.exports = { show };
