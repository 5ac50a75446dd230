const db = require('./db');

class Repo {
  constructor(table) {
    this.table = table;
  }

  find(id, cb) {
    db.get(this.table, id, (err, row) => {
      if (err) return cb(err);
      cb(null, row);
    });
  }

  findTwo(a, b, cb) {
    this.find(a, (err, first) => {
      if (err) return cb(err);
      this.find(b, (err, second) => {
        if (err) return cb(err);
        cb(null, [first, second]);
      });
    });
  }
}

const users = new Repo('users');

function loadPair(cb) {
  users.findTwo(1, 2, (err, pair) => {
    if (err) return cb(err);
    cb(null, pair);
  });
}

module.exports = { loadPair };
