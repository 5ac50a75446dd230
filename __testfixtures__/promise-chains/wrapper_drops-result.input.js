const fs = require('fs');

function touch(file) {
  return new Promise((resolve, reject) => {
    fs.readFile(file, (err) => (err ? reject(err) : resolve()));
  });
}

module.exports = { touch };
