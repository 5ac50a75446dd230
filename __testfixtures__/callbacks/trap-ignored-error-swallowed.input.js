const fs = require('fs');

function removeLock(dir, cb) {
  fs.unlink(dir + '/.lock', (err) => {
    log('lock released');
    cb(null, dir);
  });
}

module.exports = { removeLock };
