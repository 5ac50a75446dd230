const db = require('./db');
const stats = require('./stats');

async function showProfile(id) {
  const profile = await db.getProfile(id);
  await stats.increment('profile.views');
  return profile;
}

module.exports = { showProfile };
