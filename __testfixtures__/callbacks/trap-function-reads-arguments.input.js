const db = require('./db');

function countArgs(id, cb) {
  const given = arguments.length;
  db.getUser(id, (err, user) => {
    if (err) return cb(err);
    cb(null, user.id + ':' + given);
  });
}

module.exports = { countArgs };
