'use strict';
// Mocha-style tests with `done` callbacks. Run: node examples/test/run.js (or mocha, if installed).

const assert = require('assert');
const purchases = require('../purchases');
const catalog = require('../catalog');
const reports = require('../reports');
const { outbox, cache } = require('../lib/notifier');

describe('purchases.handle', function () {
  it('processes the purchase and notifies the change', function (done) {
    const before = outbox.length;
    purchases.handle(1, function (err, change) {
      if (err) return done(err);
      assert.deepStrictEqual(change, { subjectId: 1, sku: 'book', net: 25, total: 30 });
      assert.strictEqual(outbox.length, before + 1);
      done();
    });
  });

  it('passes a missing subject on as an error', function (done) {
    purchases.handle(42, function (err) {
      assert.ok(err instanceof Error);
      assert.strictEqual(err.code, 'NOT_FOUND');
      done();
    });
  });

  it('answers before the cache flush runs', function (done) {
    cache.set('subject:2', 'stale');
    purchases.handle(2, function (err) {
      if (err) return done(err);
      assert.strictEqual(cache.get('subject:2'), 'stale');
      setImmediate(function () {
        assert.strictEqual(cache.get('subject:2'), undefined);
        done();
      });
    });
  });
});

describe('purchases.totals', function () {
  it('returns the totals in the order of the ids', function (done) {
    purchases.totals([2, 1], function (err, totals) {
      if (err) return done(err);
      assert.deepStrictEqual(totals, [42.8, 30]);
      done();
    });
  });
});

describe('purchases.lastPurchase', function () {
  it('gives null when the subject bought nothing', function (done) {
    purchases.lastPurchase(3, function (err, buyInfo) {
      if (err) return done(err);
      assert.strictEqual(buyInfo, null);
      done();
    });
  });
});

describe('catalog', function () {
  it('loads the catalog from disk', function (done) {
    catalog.loadCatalog(function (err, items) {
      if (err) return done(err);
      assert.strictEqual(items.length, 3);
      done();
    });
  });

  it('lists the featured titles', function () {
    return catalog.featured().then(function (titles) {
      assert.deepStrictEqual(titles, ['The Pragmatic Programmer (12.50)', 'Coffee mug (8.00)']);
    });
  });
});

describe('reports.dailyReport', function () {
  it('sums the purchases of the day', function (done) {
    reports.dailyReport('2024-03-01', function (err, report) {
      if (err) return done(err);
      assert.strictEqual(report.purchases, 2);
      assert.strictEqual(report.total, 78);
      done();
    });
  });
});
