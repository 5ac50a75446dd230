const db = require('./db');
const events = require('./events');

function follow(feed, cb) {
  function next(i) {
    if (i === feed.length) return cb(null);
    db.read(feed[i], (err) => {
      if (err) return cb(err);
      next(i + 1);
    });
  }
  events.on('restart', next);
  next(0);
}

module.exports = { follow };
