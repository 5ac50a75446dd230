'use strict';
// The purchase service: classic callback hell, with an `if (err) return cb(err)` at every level.

const db = require('./lib/db');
const { notifyChange, cache } = require('./lib/notifier');

// Prices a purchase for a subject: the tax rate depends on the subject's region.
function processPurchase(subject, buyInfo, cb) {
  db.getTaxRate(subject.region, function (err, rate) {
    if (err) return cb(err);
    const net = buyInfo.quantity * buyInfo.unitPrice;
    cb(null, {
      subjectId: subject.id,
      sku: buyInfo.sku,
      net: net,
      total: Math.round(net * (1 + rate) * 100) / 100,
    });
  });
}

// The headline: get the subject and its buy info, process them, notify the change, then
// schedule a cache flush once the caller has its answer.
function handle(id, cb) {
  db.getSubject(id, function (err, subject) {
    if (err) return cb(err);
    db.getBuyInfo(subject.buyId, function (err, buyInfo) {
      if (err) return cb(err);
      processPurchase(subject, buyInfo, function (err, change) {
        if (err) return cb(err);
        notifyChange(change, function (err) {
          if (err) return cb(err);
          setImmediate(function () {
            cache.flush('subject:' + subject.id);
          });
          cb(null, change);
        });
      });
    });
  });
}

// Totals for several subjects. The calls are independent, so they run side by side and a
// counter tells when the last one is back.
function totals(ids, cb) {
  const results = new Array(ids.length);
  let pending = ids.length;
  let failed = false;
  if (pending === 0) return cb(null, results);
  ids.forEach(function (id, i) {
    handle(id, function (err, change) {
      if (failed) return;
      if (err) {
        failed = true;
        return cb(err);
      }
      results[i] = change.total;
      if (--pending === 0) cb(null, results);
    });
  });
}

// A subject with no purchase on record is not an error for the caller: it gets `null`.
function lastPurchase(id, cb) {
  db.getSubject(id, function (err, subject) {
    if (err) return cb(err);
    db.getBuyInfo(subject.buyId, function (err, buyInfo) {
      if (err) {
        if (err.code === 'NOT_FOUND') return cb(null, null);
        return cb(err);
      }
      cb(null, buyInfo);
    });
  });
}

module.exports = { handle, totals, lastPurchase, processPurchase };
