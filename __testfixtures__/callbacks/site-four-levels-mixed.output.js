const users = require('./users');
const teams = require('./teams');
const audit = require('./audit');

const { promisify } = require('util');

async function promote(userId, teamId) {
  const user = await promisify(users.get).call(users, userId);
  const team = await promisify(teams.get).call(teams, teamId);
  await promisify(teams.addAdmin).call(teams, team.id, user.id);
  const entry = await promisify(audit.write).call(audit, 'promote', { user: user.id, team: team.id });
  return entry;
}

module.exports = { promote };
