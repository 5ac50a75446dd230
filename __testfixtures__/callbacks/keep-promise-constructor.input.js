const fs = require('fs');

function readText(file) {
  return new Promise((resolve, reject) => {
    fs.readFile(file, 'utf8', (err, text) => {
      if (err) return reject(err);
      resolve(text);
    });
  });
}

module.exports = { readText };
