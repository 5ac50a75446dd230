const fs = require('fs');
const path = require('path');

// Sizes of the files in a directory, one stat after the other.
function fileSizes(dir, cb) {
  fs.readdir(dir, function (err, names) {
    if (err) return cb(err);
    const sizes = {};
    function next(i) {
      if (i === names.length) return cb(null, sizes);
      fs.stat(path.join(dir, names[i]), function (err, stats) {
        if (err) return cb(err);
        sizes[names[i]] = stats.size;
        next(i + 1);
      });
    }
    next(0);
  });
}

module.exports = { fileSizes };
