const db = require('./db');

function find(id, cb) {
  db.getUser(id, (err, row) => {
    if (err) return cb(err);
    if (!row.active) {
      const e = new Error('inactive');
      e.code = 'INACTIVE';
      return cb(e);
    }
    cb(null, row);
  });
}

module.exports = { find };
