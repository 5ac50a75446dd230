const legacy = require('./legacy');

function load(key, callback) {
  legacy.fetch(key, callback);
}

function loadPair(a, b, cb) {
  load(a, (err, first) => {
    if (err) return cb(err);
    load(b, (err, second) => {
      if (err) return cb(err);
      cb(null, [first, second]);
    });
  });
}

module.exports = { loadPair, load };
