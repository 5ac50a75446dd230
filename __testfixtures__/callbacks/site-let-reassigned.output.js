const settings = require('./settings');

const { promisify } = require('util');

const DEFAULTS = { theme: 'light', pageSize: 20 };

async function loadSettings(userId) {
  let prefs = await promisify(settings.read).call(settings, userId);
  if (!prefs.theme) prefs = { ...DEFAULTS, ...prefs };
  return prefs;
}

module.exports = { loadSettings };
