// Callback-style original over the fs callback API.
const fs = require('fs');

function readConfig(name, cb) {
  fs.readFile(name, 'utf8', (err, text) => {
    if (err) return cb(err);
    let config;
    try {
      config = JSON.parse(text);
    } catch (parseError) {
      return cb(parseError);
    }
    cb(null, config);
  });
}

exports.readConfig = readConfig;
