const db = require('./db');

const { promisify } = require('util');

async function getInvoice(id) {
  const invoice = await promisify(db.getInvoice).call(db, id);
  return { ...invoice, total: invoice.lines.reduce((sum, line) => sum + line.amount, 0) };
}

module.exports = { getInvoice };
