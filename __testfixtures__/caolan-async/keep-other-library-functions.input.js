const async = require('async');
const db = require('./db');

async function totals(ids) {
  const sum = await async.reduce(ids, 0, (memo, id, cb) => db.count(id, (err, n) => cb(err, memo + n)));
  const big = await async.filter(ids, (id, cb) => cb(null, id > 10));
  return { sum, big };
}

module.exports = { totals };
