import * as db from './db';

function getTeam(id, cb) {
  db.getTeam(id, (err, team) => {
    if (err) return cb(err);
    cb(null, team);
  });
}

function getLead(teamId, cb) {
  getTeam(teamId, (err, team) => {
    if (err) return cb(err);
    db.getUser(team.id + 100, (err, lead) => {
      if (err) return cb(err);
      cb(null, lead);
    });
  });
}

export function leadName(teamId, cb) {
  getLead(teamId, (err, lead) => {
    if (err) return cb(err);
    cb(null, String(lead.id));
  });
}
