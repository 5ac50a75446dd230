const async = require('async');
const db = require('./db');

async function connect(host) {
  let attempt = 0;
  const connection = await async.retry(3, function (cb) {
    attempt += 1;
    db.connect(host, attempt, cb);
  });
  return connection;
}

module.exports = { connect };
