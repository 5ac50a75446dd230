const db = require('./db');

// The first user that is active, or null.
function firstActive(ids, cb) {
  function next(i) {
    if (i === ids.length) return cb(null, null);
    db.getUser(ids[i], (err, user) => {
      if (err) return cb(err);
      if (user.active) return cb(null, user);
      next(i + 1);
    });
  }
  next(0);
}

module.exports = { firstActive };
