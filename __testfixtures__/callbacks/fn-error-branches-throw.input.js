const db = require('./db');

function getActiveUser(id, cb) {
  db.getUser(id, (err, user) => {
    if (err) return cb(err);
    if (user.id > 100) {
      return cb(new Error('user ' + id + ' is not active'));
    }
    cb(null, user);
  });
}

module.exports = { getActiveUser };
