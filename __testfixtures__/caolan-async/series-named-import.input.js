const { series, eachSeries } = require('async');
const db = require('./db');

async function nightly(ids) {
  await series([
    (cb) => db.backup(cb),
    (cb) => eachSeries(ids, (id, done) => db.vacuum(id, done), cb),
  ]);
  log('nightly done');
}

module.exports = { nightly };
