const fs = require('fs');

const fsPromises = require('fs/promises');

function readAll(files, done) {
  if (!files.length)
    return done(null, []);
  Promise.all(Array.from(files, (file, index) => fsPromises.readFile(file, 'utf8')))
    .then((texts) => done(null, texts), (err) => done(err))
    .catch((thrown) => process.nextTick(() => { throw thrown; }));
}

module.exports = { readAll };
