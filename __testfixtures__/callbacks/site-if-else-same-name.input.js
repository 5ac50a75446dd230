const cache = require('./cache');
const db = require('./db');

function getProfile(id, opts, cb) {
  if (opts && opts.fresh) {
    db.getProfile(id, (err, profile) => {
      if (err) return cb(err);
      cb(null, profile);
    });
  } else {
    cache.get('profile:' + id, (err, profile) => {
      if (err) return cb(err);
      cb(null, profile);
    });
  }
}

module.exports = { getProfile };
