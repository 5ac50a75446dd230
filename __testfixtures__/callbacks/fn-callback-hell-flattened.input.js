const fs = require('fs');
const db = require('./db');

function importUsers(file, cb) {
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) return cb(err);
    const names = text.split(',');
    db.createBatch(names.length, (err, batch) => {
      if (err) return cb(err);
      db.insertMany(batch.id, names, (err) => {
        if (err) return cb(err);
        fs.unlink(file, (err) => {
          if (err) return cb(err);
          cb(null, names.length);
        });
      });
    });
  });
}

module.exports = { importUsers };
