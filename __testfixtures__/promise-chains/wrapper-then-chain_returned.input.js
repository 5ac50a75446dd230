const fs = require('fs');

function readJson(file) {
  return new Promise((resolve, reject) => {
    fs.readFile(file, 'utf8', (err, text) => (err ? reject(err) : resolve(text)));
  }).then((text) => JSON.parse(text));
}

module.exports = { readJson };
