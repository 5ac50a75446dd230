const db = require('./db');

const service = {
  name: 'svc',
  tagged(id) {
    return db.getUser(id).then(function (user) {
      return String(this && this.name) + user.id;
    });
  },
};

module.exports = { service };
