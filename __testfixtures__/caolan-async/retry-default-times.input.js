const async = require('async');
const db = require('./db');

async function ping(id) {
  let n = 0;
  return async.retry(function (cb) {
    n += 1;
    db.ping(id, n, cb);
  });
}

module.exports = { ping };
