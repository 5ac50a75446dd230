const db = require('./db');

// tape's t.ifError records a failing assertion and goes on (only assert.ifError throws): on
// error this callback still calls back, with an undefined user.
function loadChecked(t, id, cb) {
  db.load(id, function (err, user) {
    t.ifError(err);
    cb(null, user);
  });
}

module.exports = { loadChecked };
