const db = require('./db');

function connect(attempts, cb) {
  db.connect(attempts, (err, conn) => {
    if (err) {
      if (attempts > 1) return connect(attempts - 1, cb);
      return cb(new Error('could not connect: ' + err.message));
    }
    cb(null, conn);
  });
}

module.exports = { connect };
