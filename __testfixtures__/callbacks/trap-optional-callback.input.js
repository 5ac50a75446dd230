const db = require('./db');

function touch(id, cb) {
  db.touch(id, (err) => {
    if (err) {
      if (typeof cb === 'function') cb(err);
      return;
    }
    if (typeof cb === 'function') cb(null, id);
  });
}

module.exports = { touch };
