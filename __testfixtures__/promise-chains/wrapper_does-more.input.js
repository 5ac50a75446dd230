const fs = require('fs');

function readLogged(file) {
  return new Promise((resolve, reject) => {
    fs.readFile(file, 'utf8', (err, text) => {
      if (err) return reject(err);
      log('read', file);
      resolve(text);
    });
  });
}

module.exports = { readLogged };
