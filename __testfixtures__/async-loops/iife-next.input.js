const db = require('./db');

function processAll(items, done) {
  var i = 0;
  (function next(err) {
    if (err) return done(err);
    if (i >= items.length) return done(null);
    db.work(items[i++], next);
  })();
}

module.exports = { processAll };
