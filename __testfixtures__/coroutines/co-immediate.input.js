const co = require('co');
const db = require('./db');

function loadProfile(id) {
  return co(function* () {
    const user = yield db.getUser(id);
    const prefs = yield db.getPrefs(user.id);
    return { name: user.id, prefs };
  });
}

module.exports = { loadProfile };
