const fs = require('fs');

function hasLockFile(dir, cb) {
  fs.exists(dir + '/package-lock.json', (exists) => {
    cb(null, exists);
  });
}

module.exports = { hasLockFile };
