const async = require('async');
const db = require('./db');

async function countAll(ids) {
  const counter = { seen: 0 };
  await async.eachSeries(ids, function (id, cb) {
    this.seen += 1;
    db.touch(id, cb);
  }.bind(counter));
  await async.each(ids, function (id, cb) {
    db.touch(id, cb);
    return this;
  });
  return counter.seen;
}

module.exports = { countAll };
