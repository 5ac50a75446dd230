const db = require('./db');

exports.getUser = function (id, cb) {
  db.getUser(id, (err, user) => {
    if (err) return cb(err);
    cb(null, user);
  });
};

exports.getName = function (id, cb) {
  exports.getUser(id, (err, user) => {
    if (err) return cb(err);
    cb(null, user.from);
  });
};
