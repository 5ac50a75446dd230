const db = require('./db');
const stats = require('./stats');

async function showProfile(id) {
  const [profile] = await Promise.all([db.getProfile(id), stats.increment('profile.views')]);
  return profile;
}

module.exports = { showProfile };
