const async = require('async');
const db = require('./db');

async function copyAll(ids, concurrency) {
  await async.eachLimit(ids, concurrency, (id, cb) => db.copy(id, cb));
}

module.exports = { copyAll };
