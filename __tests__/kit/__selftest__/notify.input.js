// Callback-style original that reports progress through a function argument.
const db = require('./db');

function loadUser(id, onProgress, cb) {
  onProgress('loading');
  db.getUser(id, (err, user) => {
    if (err) return cb(err);
    cb(null, onProgress('loaded') ? user : null);
  });
}

module.exports = { loadUser };
