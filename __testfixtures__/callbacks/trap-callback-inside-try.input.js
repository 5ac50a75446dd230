const fs = require('fs');

function readJson(file, cb) {
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) return cb(err);
    try {
      cb(null, JSON.parse(text));
    } catch (parseError) {
      cb(parseError);
    }
  });
}

module.exports = { readJson };
