const db = require('./db');

function load(id, cb) {
  db.getUser(id, (err, user) => {
    if (err) return cb(err);
    cb(null, user);
  });
}

exports.rename = function (id, name, cb) {
  load(id, (err, user) => {
    if (err) return cb(err);
    db.saveUser({ ...user, name }, cb);
  });
};

module.exports.load = load;
