const db = require('./db');

function loadUser(id, cb) {
  db.getUser(id, (err, user) => {
    if (err) return cb(err);
    cb(null, user);
  });
}

const loaders = { user: loadUser };

function load(kind, id, cb) {
  loaders[kind](id, cb);
}

module.exports = { load, loadUser };
