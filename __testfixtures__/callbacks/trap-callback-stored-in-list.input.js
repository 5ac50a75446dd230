const db = require('./db');

const waiting = [];

function whenReady(id, cb) {
  waiting.push(cb);
  db.connect(id, (err) => {
    if (err) return cb(err);
    waiting.forEach((fn) => fn(null));
  });
}

module.exports = { whenReady };
