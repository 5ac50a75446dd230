const db = require('./db');

function requireAccount(email, cb) {
  db.findAccount(email, (err, account) => {
    if (err) return cb(new Error('account lookup failed'));
    cb(null, account);
  });
}

module.exports = { requireAccount };
