const assert = require('assert');
const fs = require('fs');

async function printConfig(file) {
  fs.readFile(file, 'utf8', (err, text) => {
    assert.ifError(err);
    console.log(text.trim());
  });
}

module.exports = { printConfig };
