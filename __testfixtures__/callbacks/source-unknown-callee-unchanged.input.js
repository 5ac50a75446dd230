const pool = require('./pool');

function countUsers(cb) {
  pool.getConnection().query('SELECT COUNT(*) AS n FROM users', (err, rows) => {
    if (err) return cb(err);
    cb(null, rows[0].n);
  });
}

module.exports = { countUsers };
