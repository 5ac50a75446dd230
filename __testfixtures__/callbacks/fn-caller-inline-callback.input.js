const db = require('./db');

function getUser(id, cb) {
  db.getUser(id, (err, user) => {
    if (err) return cb(err);
    cb(null, user);
  });
}

function greet(id, cb) {
  getUser(id, (err, user) => {
    if (err) return cb(err);
    cb(null, 'Hello, ' + user.from);
  });
}

module.exports = { greet };
