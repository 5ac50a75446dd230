const db = require('./db');

async function second(id) {
  log('second', id);
  return await db.getUser(id).then((user) => db.getOrders(user.id));
}

module.exports = { second };
