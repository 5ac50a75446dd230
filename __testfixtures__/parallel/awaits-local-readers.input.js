const db = require('./db');

async function loadUser(id) {
  return db.getUser(id);
}

async function loadPrefs(id) {
  const prefs = await db.getPrefs(id);
  return prefs || {};
}

async function account(id) {
  const user = await loadUser(id);
  const prefs = await loadPrefs(id);
  return { user, prefs };
}

module.exports = { account };
