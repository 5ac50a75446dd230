const db = require('./db');

async function archiveOrder(id) {
  const order = await db.findOne({ id });
  const result = await db.update({ id }, { archived: true, total: order.total });
  return result;
}

module.exports = { archiveOrder };
