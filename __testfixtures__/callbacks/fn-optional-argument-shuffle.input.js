const fs = require('fs');
const db = require('./db');

function readConfig(file, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = { encoding: 'utf8' };
  }
  fs.readFile(file, options.encoding, (err, text) => {
    if (err) return cb(err);
    cb(null, JSON.parse(text));
  });
}

function loadDefault(id, cb) {
  readConfig('config.json', (err, config) => {
    if (err) return cb(err);
    db.get(id, config.port, cb);
  });
}

function loadLatin(id, cb) {
  readConfig('config.json', { encoding: 'latin1' }, (err, config) => {
    if (err) return cb(err);
    db.get(id, config.port, cb);
  });
}

module.exports = { loadDefault, loadLatin };
