'use strict';
// The daily report: a caolan `async.waterfall`, each step handing its results to the next.

const async = require('async');
const db = require('./lib/db');
const { notifyChange } = require('./lib/notifier');

function dailyReport(date, cb) {
  async.waterfall([
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
      const net = found.reduce(function (sum, p) { return sum + p.quantity * p.unitPrice; }, 0);
      const report = { date: date, purchases: found.length, subjectId: 'report', total: net * (1 + rate) };
      notifyChange(report, function (err) {
        next(err, report);
      });
    },
  ], cb);
}

module.exports = { dailyReport };
