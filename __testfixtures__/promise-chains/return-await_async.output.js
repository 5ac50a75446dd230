const db = require('./db');

async function second(id) {
  log('second', id);
  const user = await db.getUser(id);
  return db.getOrders(user.id);
}

module.exports = { second };
