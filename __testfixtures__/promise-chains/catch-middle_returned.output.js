const db = require('./db');

async function settings(id) {
  let s;

  try {
    const user = await db.getUser(id);
    s = await db.getSettings(user.id);
  } catch (err) {
    s = { from: 'defaults', why: err.message };
  }

  return db.saveSettings(s.from);
}

module.exports = { settings };
