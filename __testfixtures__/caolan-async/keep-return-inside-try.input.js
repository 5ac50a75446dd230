const async = require('async');
const db = require('./db');

async function guarded(id) {
  try {
    return async.series([(cb) => db.getUser(id, cb)]);
  } catch (err) {
    return null;
  }
}

module.exports = { guarded };
