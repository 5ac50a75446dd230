'use strict';
// A fake database driver with the error-first callback API legacy drivers had. Every call
// answers asynchronously (like a real driver) after a short, fixed delay.

const subjects = {
  1: { id: 1, name: 'Ada', region: 'EU', buyId: 'b-100' },
  2: { id: 2, name: 'Grace', region: 'US', buyId: 'b-200' },
  3: { id: 3, name: 'Linus', region: 'EU', buyId: 'b-missing' },
};

const purchases = {
  'b-100': { id: 'b-100', sku: 'book', quantity: 2, unitPrice: 12.5, date: '2024-03-01' },
  'b-200': { id: 'b-200', sku: 'lamp', quantity: 1, unitPrice: 40, date: '2024-03-01' },
};

const taxRates = { EU: 0.2, US: 0.07 };

function notFound(what, id) {
  const err = new Error(what + ' ' + id + ' not found');
  err.code = 'NOT_FOUND';
  return err;
}

function reply(delayMs, cb, err, value) {
  setTimeout(function () {
    if (err) return cb(err);
    cb(null, value);
  }, delayMs);
}

exports.getSubject = function getSubject(id, cb) {
  const subject = subjects[id];
  reply(2, cb, subject ? null : notFound('subject', id), subject && Object.assign({}, subject));
};

exports.getBuyInfo = function getBuyInfo(buyId, cb) {
  const info = purchases[buyId];
  reply(3, cb, info ? null : notFound('purchase', buyId), info && Object.assign({}, info));
};

exports.getTaxRate = function getTaxRate(region, cb) {
  reply(1, cb, region in taxRates ? null : notFound('tax region', region), taxRates[region]);
};

exports.listSubjectIds = function listSubjectIds(cb) {
  reply(1, cb, null, Object.keys(subjects).map(Number));
};

exports.listPurchases = function listPurchases(date, cb) {
  const found = Object.keys(purchases)
    .map(function (id) { return purchases[id]; })
    .filter(function (p) { return p.date === date; });
  reply(2, cb, null, found);
};
