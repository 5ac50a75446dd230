const db = require('./db');

function loadRow(id, cb) {
  db.get(id, (err, row) => {
    if (err) cb(err);
    cb(null, row);
  });
}

module.exports = { loadRow };
