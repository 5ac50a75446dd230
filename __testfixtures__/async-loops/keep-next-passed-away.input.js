const db = require('./db');

// next is handed to a timer: a poll loop with a pause between checks.
function waitForReady(id, cb) {
  function next() {
    db.isReady(id, (err, ready) => {
      if (err) return cb(err);
      if (ready) return cb(null);
      setTimeout(next, 100);
    });
  }
  next();
}

module.exports = { waitForReady };
