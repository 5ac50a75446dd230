const db = require('./db');

async function report(id) {
  try {
    const sales = await db.getSales(id);
    const refunds = await db.getRefunds(id);
    return sales.length - refunds.length;
  } catch (err) {
    return 0;
  }
}

module.exports = { report };
