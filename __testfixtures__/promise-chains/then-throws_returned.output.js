const db = require('./db');

async function mustExist(id) {
  try {
    const user = await db.getUser(id);
    if (user.id === 3) throw new Error('user 3 is banned');
    const user2 = user;
    return await db.getOrders(user2.id);
  } catch (err) {
    log('caught', err.message);
    return null;
  }
}

module.exports = { mustExist };
