const db = require('./db');

const { promisify } = require('util');

async function loadTheme(userId) {
  let theme;

  try {
    theme = await promisify(db.getTheme).call(db, userId);
  } catch {
    return 'default';
  }

  return theme.name;
}

module.exports = { loadTheme };
