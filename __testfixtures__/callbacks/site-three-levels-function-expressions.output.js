const db = require('./db');
const mailer = require('./mailer');

const { promisify } = require('util');

async function sendInvoice(orderId) {
  const order = await promisify(db.getOrder).call(db, orderId);
  const customer = await promisify(db.getCustomer).call(db, order.customerId);
  const receipt = await promisify(mailer.send).call(mailer, customer.email, 'Invoice ' + order.id);
  return receipt.messageId;
}

module.exports = { sendInvoice };
