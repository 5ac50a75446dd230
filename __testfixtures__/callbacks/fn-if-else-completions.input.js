const db = require('./db');

function lookup(kind, id, cb) {
  if (kind === 'team') {
    db.getTeam(id, (err, team) => {
      if (err) return cb(err);
      cb(null, { kind, name: team.from });
    });
  } else {
    db.getUser(id, (err, user) => {
      if (err) return cb(err);
      cb(null, { kind, name: user.from });
    });
  }
}

module.exports = { lookup };
