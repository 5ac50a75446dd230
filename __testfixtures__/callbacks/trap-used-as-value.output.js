const db = require('./db');

const { promisify } = require('util');

function loadUser(id, cb) {
  db.getUser(id, (err, user) => {
    if (err) return cb(err);
    cb(null, user);
  });
}

const loaders = { user: loadUser };

async function load(kind, id) {
  return promisify(loaders[kind]).call(loaders, id);
}

module.exports = { load, loadUser };
