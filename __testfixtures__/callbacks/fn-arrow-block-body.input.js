const fs = require('fs');

const countLines = (file, cb) => {
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) return cb(err);
    const lines = text.split('\n').length;
    cb(null, lines);
  });
};

module.exports = { countLines };
