const settings = require('./settings');

const DEFAULTS = { theme: 'light', pageSize: 20 };

function loadSettings(userId, cb) {
  settings.read(userId, (err, prefs) => {
    if (err) return cb(err);
    if (!prefs.theme) prefs = { ...DEFAULTS, ...prefs };
    cb(null, prefs);
  });
}

module.exports = { loadSettings };
