const db = require('./db');

function countdown(n, cb) {
  if (n === 0) return cb(null, 'liftoff');
  db.tick(n, (err) => {
    if (err) return cb(err);
    countdown(n - 1, cb);
  });
}

module.exports = { countdown };
