const db = require('./db');
const { promisify } = require('util');

// The daily report: each step hands its results to the next.
async function dailyReport(date) {
  const found = await promisify(db.listPurchases).call(db, date);
  const rate = await promisify(db.getTaxRate).call(db, 'EU');
  const summary = { date: date, purchases: found.id, rate: rate.id };
  await promisify(db.saveReport).call(db, summary);
  const report = summary;
  log('report ready', report.date);
  return report;
}

module.exports = { dailyReport };
