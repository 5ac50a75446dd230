const db = require('./db');

function loadTheme(userId, cb) {
  db.getTheme(userId, (err, theme) => {
    err ? cb(null, 'default') : cb(null, theme.name);
  });
}

module.exports = { loadTheme };
