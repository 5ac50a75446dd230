const fs = require('fs');

function mergeFiles(first, second, cb) {
  fs.readFile(first, 'utf8', (err, data) => {
    if (err) return cb(err);
    const head = data.trim();
    fs.readFile(second, 'utf8', (err, data) => {
      if (err) return cb(err);
      cb(null, head + '\n' + data.trim());
    });
  });
}

module.exports = { mergeFiles };
