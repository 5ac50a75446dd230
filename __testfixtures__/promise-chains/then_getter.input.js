const db = require('./db');

class Session {
  get user() {
    return db.getUser(1).then((user) => user.from);
  }
}

module.exports = { Session };
