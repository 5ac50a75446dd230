const db = require('./db');

function drain(queue, cb) {
  if (!queue.length) return cb();
  db.handle(queue.shift(), function (err) {
    if (err) return cb(err);
    drain(queue, cb);
  });
}

module.exports = { drain };
