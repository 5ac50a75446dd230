const fs = require('fs');

function head(file, cb) {
  fs.open(file, 'r', (err, fd) => {
    if (err) return cb(err);
    fs.readFile(fd, 'utf8', (err, text) => {
      if (err) return cb(err);
      fs.close(fd, (err) => {
        if (err) return cb(err);
        cb(null, text.trim());
      });
    });
  });
}

module.exports = { head };
