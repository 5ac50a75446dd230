const db = require('./db');

async function loadWithLock(id) {
  log('lock', id);

  try {
    const user = await db.getUser(id);
    return await db.getOrders(user.id);
  } catch (err) {
    log('failed', err.message);
    return [];
  } finally {
    log('unlock', id);
  }
}

module.exports = { loadWithLock };
