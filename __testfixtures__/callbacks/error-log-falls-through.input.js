const fs = require('fs');

function cleanup(tmpFile, cb) {
  fs.unlink(tmpFile, (err) => {
    if (err) {
      console.warn('could not remove', tmpFile, err.code);
    }
    console.log('cleanup done');
    cb(null, true);
  });
}

module.exports = { cleanup };
