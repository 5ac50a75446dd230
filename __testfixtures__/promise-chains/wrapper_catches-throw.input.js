const fs = require('fs');

// Inside the executor, `name.toLowerCase()` or `db.get` throwing rejects the promise, which the
// caller's .catch handles; in place of the wrapper the throw would reach the caller directly.
function readLower(name) {
  return new Promise((resolve, reject) => {
    fs.readFile(name.toLowerCase(), 'utf8', (err, text) => (err ? reject(err) : resolve(text)));
  });
}

function getRow(db, id) {
  return new Promise((resolve, reject) => {
    db.get(id, (err, row) => {
      if (err) return reject(err);
      resolve(row);
    });
  });
}

module.exports = { readLower, getRow };
