const mysql = require('./mysql');

function describeTable(table, cb) {
  mysql.query('SELECT * FROM ?? LIMIT 1', [table], (err, rows, fields) => {
    if (err) return cb(err);
    cb(null, fields.map((field) => field.name));
  });
}

module.exports = { describeTable };
