const fs = require('fs');

// Inside the executor, `name.toLowerCase()` throwing (no name) rejects the promise, which the
// caller's .catch handles; in place of the wrapper the throw would reach the caller directly.
function readLower(name) {
  return new Promise((resolve, reject) => {
    fs.readFile(name.toLowerCase(), 'utf8', (err, text) => (err ? reject(err) : resolve(text)));
  });
}

module.exports = { readLower };
