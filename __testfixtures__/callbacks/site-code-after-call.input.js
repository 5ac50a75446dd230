const fs = require('fs');

function readReport(file, cb) {
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) return cb(err);
    console.log('read', text.length, 'chars');
    cb(null, text.split('\n'));
  });
  console.log('reading', file);
}

module.exports = { readReport };
