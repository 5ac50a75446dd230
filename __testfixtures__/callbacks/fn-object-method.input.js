const db = require('./db');

function getUser(id, cb) {
  db.getUser(id, (err, user) => {
    if (err) return cb(err);
    cb(null, user);
  });
}

module.exports = {
  getUser,
  getName(id, cb) {
    getUser(id, (err, user) => {
      if (err) return cb(err);
      cb(null, user.from);
    });
  },
};
