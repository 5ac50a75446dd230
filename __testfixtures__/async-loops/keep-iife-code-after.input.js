const db = require('./db');

// Code after the loop's start runs before the first item is done: the loop keeps its callback.
function processAll(items, done) {
  var i = 0;
  (function next(err) {
    if (err) return done(err);
    if (i >= items.length) return done(null);
    db.work(items[i++], next);
  })();
  console.log('started');
}

module.exports = { processAll };
