const fs = require('fs');
const path = require('path');

function readTemplate(name, cb) {
  const file = path.join('templates', name + '.html');
  return fs.readFile(file, 'utf8', cb);
}

module.exports = { readTemplate };
