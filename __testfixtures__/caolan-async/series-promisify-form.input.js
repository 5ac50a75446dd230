const async = require('async');
const fs = require('fs');

const { promisify } = require('util');

// What the callbacks transform leaves: the enclosing function is async, the series is promisified.
async function backup(name) {
  const [text] = await promisify(async.series).call(async, [
    (next) => fs.readFile(name, 'utf8', next),
    (next) => fs.writeFile(name + '.bak', 'copy', next),
  ]);
  return text.length;
}

module.exports = { backup };
