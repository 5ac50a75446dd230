const db = require('./db');
const metrics = require('./metrics');

function recordLogin(userId, cb) {
  db.insert('logins', { userId }, (err) => {
    metrics.increment(err ? 'login.audit.failed' : 'login.audit.ok');
    cb(null, !err);
  });
}

module.exports = { recordLogin };
