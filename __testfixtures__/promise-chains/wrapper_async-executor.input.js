const fs = require('fs');

function statOf(file) {
  return new Promise(async (resolve, reject) => fs.stat(file, (err, stats) => (err ? reject(err) : resolve(stats))));
}

module.exports = { statOf };
