const db = require('./db');

const service = {
  prefix: 'svc',
  load(id) {
    return db.getUser(id).then((user) => this.prefix + ':' + user.from);
  },
};

module.exports = { service };
