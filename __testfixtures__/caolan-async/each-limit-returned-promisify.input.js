const async = require('async');
const db = require('./db');

const { promisify } = require('util');

// What the callbacks transform leaves for `function touch(ids, cb) { async.eachLimit(ids, 2, …, cb); }`.
async function touch(ids) {
  return promisify(async.eachLimit).call(async, ids, 2, (id, next) => db.touch(id, next));
}

module.exports = { touch };
