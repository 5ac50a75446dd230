const fs = require('fs');

function inspect(file, cb) {
  fs.stat(file, (err, stats) => {
    if (err) {
      console.warn('cannot stat', file);
    } else {
      console.log(file, 'has', stats.size, 'bytes');
    }
    cb(null, file);
  });
}

module.exports = { inspect };
