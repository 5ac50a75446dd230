const db = require('./db');

async function settings(id) {
  const { theme = defaultTheme() } = await db.getPrefs(id);
  const { plan } = await db.getAccount(id);
  return { theme, plan };
}

function defaultTheme() {
  log('no theme, using light');
  return 'light';
}

module.exports = { settings };
