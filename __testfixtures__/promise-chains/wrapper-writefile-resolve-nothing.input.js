const fs = require('fs');

function save(file, text) {
  return new Promise(function (resolve, reject) {
    fs.writeFile(file, text, function (err) {
      if (err) {
        reject(err);
      } else {
        resolve();
      }
    });
  });
}

module.exports = { save };
