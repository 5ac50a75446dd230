const fs = require('fs');

function readManifest(file, cb) {
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) return cb(err);
    let manifest;
    try {
      manifest = JSON.parse(text);
    } catch (e) {
      return cb(e);
    }
    cb(null, manifest.name + '@' + manifest.version);
  });
}

module.exports = { readManifest };
