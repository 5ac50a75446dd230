const db = require('./db');
const mailer = require('./mailer');

function sendInvoice(orderId, callback) {
  db.getOrder(orderId, function (err, order) {
    if (err) return callback(err);
    db.getCustomer(order.customerId, function (err, customer) {
      if (err) return callback(err);
      mailer.send(customer.email, 'Invoice ' + order.id, function (err, receipt) {
        if (err) return callback(err);
        callback(null, receipt.messageId);
      });
    });
  });
}

module.exports = { sendInvoice };
