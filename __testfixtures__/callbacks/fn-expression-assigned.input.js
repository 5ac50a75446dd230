const fs = require('fs');

const loadConfig = function (file, callback) {
  fs.readFile(file, 'utf8', function (err, text) {
    if (err) {
      return callback(err);
    }
    const config = JSON.parse(text);
    callback(null, config);
  });
};

module.exports = { loadConfig };
