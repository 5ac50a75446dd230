const db = require('./db');

const safeLoad = async function(id) {
  try {
    const user = await db.getUser(id);
    return user.id;
  } catch (err) {
    log('load failed:', err.message);
    const fallback = await db.getGuest(id);
    return fallback.id;
  } finally {
    log('done', id);
  }
};

module.exports = { safeLoad };
