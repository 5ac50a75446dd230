const async = require('async');
const db = require('./db');

async function runAll(ids) {
  const tasks = ids.map((id) => (cb) => db.getUser(id, cb));
  return async.series(tasks);
}

module.exports = { runAll };
