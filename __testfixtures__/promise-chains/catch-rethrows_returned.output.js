const db = require('./db');

async function strict(id) {
  try {
    const user = await db.getUser(id);
    return await user.id;
  } catch (err) {
    log('wrapping', err.message);
    throw new Error('strict lookup failed: ' + err.message);
  }
}

module.exports = { strict };
