const db = require('./db');

function query(sql) {
  return new Promise((resolve, reject) => {
    db.connect().query(sql, (err, rows) => (err ? reject(err) : resolve(rows)));
  });
}

module.exports = { query };
