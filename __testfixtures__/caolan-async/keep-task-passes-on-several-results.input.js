const async = require('async');
const { exec } = require('child_process');

// exec calls back with stdout and stderr: the library collects them into an array,
// execAsync resolves { stdout, stderr }.
async function versions() {
  const results = await async.series([(cb) => exec('node -v', cb), (cb) => exec('npm -v', cb)]);
  return results;
}

function pair(x, cb) {
  setTimeout(() => cb(null, x, x * 2), 1);
}

// pair calls back with two results: promisify(pair) resolves only the first.
async function pairs() {
  const results = await async.parallel([(cb) => pair(1, cb), (cb) => pair(2, cb)]);
  return results;
}

async function sum() {
  return async.waterfall([(next) => pair(3, next), (a, b, next) => next(null, a + b)]);
}

module.exports = { versions, pairs, sum };
