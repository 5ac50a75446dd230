const db = require('./db');

// One path calls back with one result, the other with two: as an async function the first would
// return a bare value and the second an array, and callers destructuring [row, count] would read
// the letters of 'none'.
function load(id, cb) {
  if (id === 0) return cb(null, 'none');
  db.get(id, (err, row) => {
    if (err) return cb(err);
    cb(null, row, row.length);
  });
}

module.exports = { load };
