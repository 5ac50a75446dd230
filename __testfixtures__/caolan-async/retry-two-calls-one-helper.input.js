const async = require('async');
const db = require('./db');

// Two retries in one file share one helper.
async function ping(id) {
  let n = 0;
  return async.retry(3, function (cb) {
    n += 1;
    db.ping(id, n, cb);
  });
}

async function pong(id) {
  let n = 0;
  return async.retry({ times: 2, interval: 10 }, function (cb) {
    n += 1;
    db.pong(id, n, cb);
  });
}

module.exports = { ping, pong };
