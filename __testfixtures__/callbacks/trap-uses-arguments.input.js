const db = require('./db');

function queryAll(sql, cb) {
  db.query(sql, function (err) {
    if (err) return cb(err);
    const results = Array.prototype.slice.call(arguments, 1);
    cb(null, results);
  });
}

module.exports = { queryAll };
