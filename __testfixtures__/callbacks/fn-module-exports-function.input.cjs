const fs = require('fs');

module.exports = function appendLog(file, line, cb) {
  const entry = new Date(0).toISOString() + ' ' + line + '\n';
  fs.appendFile(file, entry, (err) => {
    if (err) return cb(err);
    cb(null);
  });
};
