const fs = require('fs');

function firstExisting(files, cb) {
  for (const file of files) {
    if (fs.existsSync(file)) return cb(null, file);
  }
  cb(new Error('none of the files exists'));
}

module.exports = { firstExisting };
