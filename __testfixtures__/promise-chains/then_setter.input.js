const db = require('./db');

const settings = {
  set user(id) {
    return db.getUser(id).then((user) => log('set', user.id));
  },
};

module.exports = { settings };
