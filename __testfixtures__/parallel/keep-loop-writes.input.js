const db = require('./db');

async function saveAll(orders) {
  for (const order of orders) {
    await db.save(order);
  }
}

module.exports = { saveAll };
