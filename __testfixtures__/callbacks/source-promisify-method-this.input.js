const database = require('./database');

function findUser(id, cb) {
  database.get('SELECT * FROM users WHERE id = ?', id, (err, row) => {
    if (err) return cb(err);
    cb(null, row || null);
  });
}

module.exports = { findUser };
