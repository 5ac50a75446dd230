import * as db from './db';

import { promisify } from 'util';

async function getTeam(id) {
  const team = await promisify(db.getTeam).call(db, id);
  return team;
}

async function getLead(teamId) {
  const team = await getTeam(teamId);
  const lead = await promisify(db.getUser).call(db, team.id + 100);
  return lead;
}

export async function leadName(teamId) {
  const lead = await getLead(teamId);
  return String(lead.id);
}
