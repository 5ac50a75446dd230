const users = require('./users');
const teams = require('./teams');
const audit = require('./audit');

function promote(userId, teamId, done) {
  users.get(userId, (err, user) => {
    if (err) return done(err);
    teams.get(teamId, function (err, team) {
      if (err) return done(err);
      teams.addAdmin(team.id, user.id, (err) => {
        if (err) return done(err);
        audit.write('promote', { user: user.id, team: team.id }, function (err, entry) {
          if (err) return done(err);
          done(null, entry);
        });
      });
    });
  });
}

module.exports = { promote };
