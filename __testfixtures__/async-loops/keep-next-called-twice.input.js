const db = require('./db');

function saveAll(items, cb) {
  function next(i) {
    if (i === items.length) return cb(null);
    db.save(items[i], function (err) {
      if (err) return cb(err);
      next(i + 1);
      next(i + 1);
    });
  }
  next(0);
}

module.exports = { saveAll };
