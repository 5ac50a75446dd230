const db = require('./db');

const users = {
  load(id, cb) {
    db.getUser(id, function (err, user) {
      if (err) return cb(err);
      cb(null, user);
    });
  },
  label: function (id, cb) {
    this.load(id, (err, user) => {
      if (err) return cb(err);
      cb(null, user.from + '#' + user.id);
    });
  },
};

function show(id, cb) {
  users.label(id, (err, text) => {
    if (err) return cb(err);
    cb(null, '[' + text + ']');
  });
}

module.exports = { show };

const other = require("./other");
function touch(cb) {
  other.load(1, function (err) {
    cb(err);
  });
}

module.exports.touch = touch;
