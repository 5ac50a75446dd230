const db = require('./db');

function load(id, cb) {
  db.get(id, (err, row) => {
    if (err) return cb(err);
    cb(null, row);
  });
}

function remove(id, cb) {
  db.del(id, (err) => {
    if (err) return cb(err);
    cb();
  });
}

module.exports = { load, remove };
