const db = require('./db');

class Config {
  static load(name, cb) {
    db.fetch(name, (err, raw) => {
      if (err) return cb(err);
      cb(null, { name, raw });
    });
  }
}

function start(cb) {
  Config.load('app', (err, config) => {
    if (err) return cb(err);
    cb(null, config.name);
  });
}

module.exports = { start };
