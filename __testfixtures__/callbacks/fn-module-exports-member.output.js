const db = require('./db');

const { promisify } = require('util');

module.exports.findOrder = async function (orderId) {
  const order = await promisify(db.getOrder).call(db, orderId);
  return { id: order.id, source: order.from };
};
