const async = require('async');
const fs = require('fs');

async function save(name, text) {
  return async.series([
    (cb) => {
      fs.writeFile(name, text, (err) => {
        cb(err, 'written');
      });
    },
    (cb) => fs.readFile(name, 'utf8', (err, back) => cb(err, back)),
  ]);
}

module.exports = { save };
