const db = require('./db');

const { promisify } = require('util');

// The callback reads its own `this`, so the helper keeps its callback; the function that
// starts it still converts, through util.promisify, and the helper's shape is kept.
async function saveAll(items) {
  function next(i, cb) {
    if (i === items.length) return cb(null);
    db.save(items[i], function (err) {
      if (err) return cb(err);
      log('saved', items[i], typeof this);
      next(i + 1, cb);
    });
  }
  return promisify(next)(0);
}

module.exports = { saveAll };
