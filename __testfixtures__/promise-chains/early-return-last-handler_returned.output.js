const db = require('./db');

async function check(id) {
  const user = await db.getUser(id);
  if (user.id === 1) {
    return 'first';
  }
  log('not first', user.id);
  return db.getOrders(user.id);
}

module.exports = { check };
