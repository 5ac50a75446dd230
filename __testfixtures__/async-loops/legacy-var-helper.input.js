var db = require('./db');

function importRows(rows, callback) {
  var index = 0;
  function next() {
    if (index >= rows.length) return callback(null, index);
    var row = rows[index];
    db.insert(row, function (err, id) {
      if (err) return callback(err);
      row.id = id;
      index++;
      next();
    });
  }
  next();
}

module.exports = { importRows };
