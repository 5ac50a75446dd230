const async = require('async');
const db = require('./db');

async function settings(id) {
  const { user, prefs } = await async.series({
    user: (cb) => db.getUser(id, cb),
    prefs: (cb) => {
      db.getPrefs(id, (err, prefs) => {
        if (err) return cb(err);
        cb(null, prefs.id);
      });
    },
  });
  return { name: user.id, prefs };
}

module.exports = { settings };
