const db = require('./db');

function getInvoice(id, cb) {
  db.getInvoice(id, (err, invoice) => {
    if (err) return cb(err);
    cb(null, { ...invoice, total: invoice.lines.reduce((sum, line) => sum + line.amount, 0) });
  });
}

module.exports = { getInvoice };
