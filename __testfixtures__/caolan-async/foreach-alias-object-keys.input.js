const async = require('async');
const fs = require('fs');

async function writeAll(files) {
  await async.forEach(Object.keys(files), (name, done) => {
    fs.writeFile(name, files[name], done);
  });
  return Object.keys(files).length;
}

module.exports = { writeAll };
