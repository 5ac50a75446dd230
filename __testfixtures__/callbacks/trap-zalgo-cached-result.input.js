const db = require('./db');

const cache = {};

function getUser(id, cb) {
  if (cache[id]) return cb(null, cache[id]);
  db.getUser(id, (err, user) => {
    if (err) return cb(err);
    cache[id] = user;
    cb(null, user);
  });
}

function show(id, cb) {
  getUser(id, (err, user) => {
    if (err) return cb(err);
    log('showing', user.id);
    cb(null, user.id);
  });
  log('requested', id);
}

module.exports = { show };
