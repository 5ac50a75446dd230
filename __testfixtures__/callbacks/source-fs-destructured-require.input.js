const { readFile, stat } = require('fs');

function describeFile(file, cb) {
  stat(file, (err, info) => {
    if (err) return cb(err);
    readFile(file, 'utf8', (err, text) => {
      if (err) return cb(err);
      cb(null, { lines: text.split('\n').length, isFile: info.isFile() });
    });
  });
}

module.exports = { describeFile };
