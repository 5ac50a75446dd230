const fs = require('fs');
const stream = require('stream');
const zlib = require('zlib');

function gzipFile(source, target, cb) {
  stream.pipeline(fs.createReadStream(source), zlib.createGzip(), fs.createWriteStream(target), (err) => {
    if (err) return cb(err);
    cb(null, target);
  });
}

module.exports = { gzipFile };
