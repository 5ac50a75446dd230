const db = require('./db');

function flush(id, cb) {
  cb = cb || function () {};
  db.flush(id, (err) => {
    if (err) return cb(err);
    cb(null, id);
  });
}

module.exports = { flush };
