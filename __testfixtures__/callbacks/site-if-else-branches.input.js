const cache = require('./cache');
const db = require('./db');

function getProfile(id, opts, cb) {
  if (opts && opts.noCache) {
    db.getProfile(id, (err, fresh) => {
      if (err) return cb(err);
      cb(null, fresh);
    });
  } else {
    cache.get('profile:' + id, (err, cached) => {
      if (err) return cb(err);
      cb(null, cached);
    });
  }
}

module.exports = { getProfile };
