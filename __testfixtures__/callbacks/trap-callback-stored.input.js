const db = require('./db');

const waiting = {};

function whenReady(id, cb) {
  waiting[id] = cb;
  db.connect(id, (err) => {
    if (err) return cb(err);
    waiting[id](null, id);
  });
}

module.exports = { whenReady };
