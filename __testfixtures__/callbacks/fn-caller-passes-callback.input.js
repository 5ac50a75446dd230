const db = require('./db');

function fetchProfile(id, cb) {
  db.getProfile(id, (err, profile) => {
    if (err) return cb(err);
    cb(null, profile);
  });
}

function loadProfile(req, cb) {
  const id = Number(req.params.id);
  fetchProfile(id, cb);
}

module.exports = { loadProfile };
