const assert = require('assert');
const fs = require('fs');

function printConfig(file, done) {
  fs.readFile(file, 'utf8', (err, text) => {
    assert.ifError(err);
    console.log(text.trim());
    done(err);
  });
}

module.exports = { printConfig };
