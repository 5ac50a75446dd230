const db = require('./db');

const service = {
  prefix: 'svc',
  async load(id) {
    const user = await db.getUser(id);
    return this.prefix + ':' + user.from;
  },
};

module.exports = { service };
