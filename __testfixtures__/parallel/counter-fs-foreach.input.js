const fs = require('fs');

function readAll(files, done) {
  const texts = [];
  let left = files.length;
  let failed = false;
  if (!files.length) return done(null, texts);
  files.forEach((file, index) => {
    fs.readFile(file, 'utf8', (err, text) => {
      if (failed) return;
      if (err) {
        failed = true;
        return done(err);
      }
      texts[index] = text;
      if (--left === 0) done(null, texts);
    });
  });
}

module.exports = { readAll };
