const fs = require('fs');
const db = require('./db');

// Three sources for one report, fetched side by side.
function report(id, done) {
  let waiting = 3;
  let over = false;
  let user;
  let config;
  let stats;
  db.getUser(id, function (err, found) {
    if (over) return;
    if (err) {
      over = true;
      done(err);
      return;
    }
    user = found;
    if (--waiting === 0) {
      done(null, [user.id, config.length, stats.size]);
    }
  });
  fs.readFile('config.json', 'utf8', function (err, text) {
    if (over) return;
    if (err) {
      over = true;
      done(err);
      return;
    }
    config = text;
    if (--waiting === 0) {
      done(null, [user.id, config.length, stats.size]);
    }
  });
  fs.stat('data.bin', function (err, info) {
    if (over) return;
    if (err) {
      over = true;
      done(err);
      return;
    }
    stats = info;
    if (--waiting === 0) {
      done(null, [user.id, config.length, stats.size]);
    }
  });
}

module.exports = { report };
