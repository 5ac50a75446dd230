const db = require('./db');
const { promisify } = require('util');

async function settings(id) {
  const user = await promisify(db.getUser).call(db, id);
  const prefs2 = await promisify(db.getPrefs).call(db, id);
  const prefs = prefs2.id;
  return { name: user.id, prefs };
}

module.exports = { settings };
