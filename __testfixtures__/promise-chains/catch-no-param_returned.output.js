const db = require('./db');

async function exists(id) {
  try {
    await db.getUser(id);
    return true;
  } catch {
    return false;
  }
}

module.exports = { exists };
