const db = require('./db');

const { promisify } = require('util');

async function lookup(kind, id) {
  if (kind === 'team') {
    const team = await promisify(db.getTeam).call(db, id);
    return { kind, name: team.from };
  } else {
    const user = await promisify(db.getUser).call(db, id);
    return { kind, name: user.from };
  }
}

module.exports = { lookup };
