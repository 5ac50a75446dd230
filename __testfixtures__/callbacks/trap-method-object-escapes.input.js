const db = require('./db');

const api = {
  load(id, cb) {
    db.getUser(id, (err, user) => {
      if (err) return cb(err);
      cb(null, user);
    });
  },
};

module.exports = api;
