const fs = require('fs');

function readSettings(file, cb) {
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) {
      log('no settings file, using defaults');
      return cb(null, { theme: 'light' });
    }
    const settings = JSON.parse(text);
    cb(null, settings);
  });
}

module.exports = { readSettings };
