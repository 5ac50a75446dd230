const fs = require('fs');

function readText(file) {
  return new Promise((resolve, reject) => {
    fs.readFile(file, 'utf8', (err, text) => {
      if (err) return reject(err);
      resolve(text);
    });
  });
}

function firstLine(file) {
  return readText(file).then((text) => text.split('\n')[0]);
}

module.exports = { readText, firstLine };
