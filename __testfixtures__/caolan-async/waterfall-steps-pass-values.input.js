const async = require('async');
const db = require('./db');

// The daily report: each step hands its results to the next.
async function dailyReport(date) {
  const report = await async.waterfall([
    function (next) {
      db.listPurchases(date, next);
    },
    function (found, next) {
      db.getTaxRate('EU', function (err, rate) {
        if (err) return next(err);
        next(null, found, rate);
      });
    },
    function (found, rate, next) {
      const summary = { date: date, purchases: found.id, rate: rate.id };
      db.saveReport(summary, function (err) {
        next(err, summary);
      });
    },
  ]);
  log('report ready', report.date);
  return report;
}

module.exports = { dailyReport };
