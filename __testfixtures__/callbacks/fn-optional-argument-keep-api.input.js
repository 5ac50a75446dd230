const fs = require('fs');

// Exported and kept callable with a callback: the wrapper cannot follow the shuffle.
function readConfig(file, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = { encoding: 'utf8' };
  }
  fs.readFile(file, options.encoding, (err, text) => {
    if (err) return cb(err);
    cb(null, JSON.parse(text));
  });
}

module.exports = { readConfig };
