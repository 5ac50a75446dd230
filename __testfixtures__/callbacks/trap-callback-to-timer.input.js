const db = require('./db');

function retryLater(id, cb) {
  setTimeout(() => {
    db.get(id, (err, row) => {
      if (err) return cb(err);
      cb(null, row);
    });
  }, 100);
}

function delay(ms, cb) {
  setTimeout(cb, ms);
}

module.exports = { retryLater, delay };
