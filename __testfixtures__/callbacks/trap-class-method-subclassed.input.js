const db = require('./db');

class Base {
  find(id, cb) {
    db.get(id, cb);
  }

  findTwice(id, cb) {
    this.find(id, (err, first) => {
      if (err) return cb(err);
      cb(null, [first, first]);
    });
  }
}

// Overrides find: Base#findTwice reaches this one through this.find.
class Cached extends Base {
  find(id, cb) {
    cb(null, { id, cached: true });
  }
}

module.exports = { Base, Cached };
