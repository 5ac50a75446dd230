const async = require('async');
const db = require('./db');

async function warmUp(ids) {
  await async.parallel([
    (done) => db.prime(ids[0], done),
    (done) => db.prime(ids[1], done),
  ]);
  log('warm');
}

module.exports = { warmUp };
