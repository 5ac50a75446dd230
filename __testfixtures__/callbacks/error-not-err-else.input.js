const fs = require('fs');

function readVersion(file, cb) {
  fs.readFile(file, 'utf8', (err, text) => {
    if (!err) {
      cb(null, text.trim());
    } else {
      cb(null, '0.0.0');
    }
  });
}

module.exports = { readVersion };
