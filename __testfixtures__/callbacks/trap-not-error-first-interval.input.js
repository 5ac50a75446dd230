const db = require('./db');

function poll(id, cb) {
  const timer = setInterval((e) => {
    db.status(id, (err, status) => {
      if (err) return cb(err);
      if (status.id === id) {
        clearInterval(timer);
        cb(null, status);
      }
    });
  }, 1000);
}

module.exports = { poll };
