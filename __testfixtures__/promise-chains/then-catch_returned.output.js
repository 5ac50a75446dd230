const db = require('./db');

async function getProfile(id) {
  try {
    const user = await db.getUser(id);
    const profile = await db.getProfile(user.id);
    return await profile.from;
  } catch (err) {
    console.error('profile unavailable:', err.message);
    return null;
  }
}

module.exports = { getProfile };
