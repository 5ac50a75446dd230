const db = require('./db');

// step() is also called on its own: it stays a function, its recursion becomes a loop.
function step(i, items, cb) {
  if (i >= items.length) return cb(null, i);
  db.put(items[i], (err) => {
    if (err) return cb(err);
    step(i + 1, items, cb);
  });
}

function putAll(items, cb) {
  step(0, items, cb);
}

function putRest(items, cb) {
  step(1, items, cb);
}

module.exports = { putAll, putRest };
