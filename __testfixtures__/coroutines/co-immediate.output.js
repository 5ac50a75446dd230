const db = require('./db');

function loadProfile(id) {
  return (async () => {
    const user = await db.getUser(id);
    const prefs = await db.getPrefs(user.id);
    return { name: user.id, prefs };
  })();
}

module.exports = { loadProfile };
