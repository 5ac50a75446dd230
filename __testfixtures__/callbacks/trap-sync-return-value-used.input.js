const db = require('./db');

function lookup(id, cb) {
  return db.getUser(id, (err, user) => {
    if (err) return cb(err);
    cb(null, user);
  });
}

function preload(id) {
  const request = lookup(id, (err) => {
    if (err) log('preload failed', err.message);
  });
  log('preloading', typeof request);
}

module.exports = { preload, lookup };
