const db = require('./db');

function settings(id) {
  return db.getUser(id)
    .then((user) => db.getSettings(user.id))
    .catch((err) => ({ from: 'defaults', why: err.message }))
    .then((s) => db.saveSettings(s.from));
}

module.exports = { settings };
