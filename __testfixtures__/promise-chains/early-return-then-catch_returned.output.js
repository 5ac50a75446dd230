const db = require('./db');

async function guarded(id) {
  try {
    const user = await db.getUser(id);
    if (user.id === 1) return 'cached';
    return await db.getOrders(user.id);
  } catch (err) {
    return 'error: ' + err.message;
  }
}

module.exports = { guarded };
