'use strict';
// Just enough of mocha to run the example's tests without installing it: `describe`, `it`, and
// tests that take a `done` callback or return a promise (so the migrated tests run too).
// Run: node examples/test/run.js

const fs = require('fs');
const path = require('path');

const TIMEOUT_MS = 2000;
const suites = [];

global.describe = function (name, body) {
  suites.push({ name: name, tests: [] });
  body();
};

global.it = function (name, fn) {
  suites[suites.length - 1].tests.push({ name: name, fn: fn });
};

// Calls `cb` once with the test's outcome, whichever way the test reports it.
function runTest(fn, cb) {
  let finished = false;
  const finish = function (err) {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    cb(err);
  };
  const timer = setTimeout(function () { finish(new Error('timed out after ' + TIMEOUT_MS + ' ms')); }, TIMEOUT_MS);
  try {
    if (fn.length > 0) return fn(finish);
    Promise.resolve(fn()).then(function () { finish(); }, finish);
  } catch (err) {
    finish(err);
  }
}

function runAll(cb) {
  const tests = [];
  suites.forEach(function (suite) {
    suite.tests.forEach(function (test) { tests.push({ title: suite.name + ' ' + test.name, fn: test.fn }); });
  });
  let failures = 0;
  function next(i) {
    if (i === tests.length) return cb(null, { passed: tests.length - failures, failed: failures });
    runTest(tests[i].fn, function (err) {
      if (err) failures++;
      console.log('%s %s%s', err ? '✗' : '✓', tests[i].title, err ? '\n    ' + err.message : '');
      next(i + 1);
    });
  }
  next(0);
}

fs.readdirSync(__dirname)
  .filter(function (name) { return name.endsWith('.test.js'); })
  .forEach(function (name) { require(path.join(__dirname, name)); });

runAll(function (err, result) {
  console.log('\n%d passing, %d failing', result.passed, result.failed);
  if (result.failed) process.exitCode = 1;
});
