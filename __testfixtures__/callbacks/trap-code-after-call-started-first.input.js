const fs = require('fs');

function loadTemplate(name, cb) {
  fs.readFile('views/' + name, 'utf8', (err, text) => {
    if (err) return cb(err);
    log('loaded', name);
    cb(null, text.length);
  });
  log('reading', name);
}

module.exports = { loadTemplate };
