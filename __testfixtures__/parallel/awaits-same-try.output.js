const db = require('./db');

async function report(id) {
  try {
    const [sales, refunds] = await Promise.all([db.getSales(id), db.getRefunds(id)]);
    return sales.length - refunds.length;
  } catch (err) {
    return 0;
  }
}

module.exports = { report };
