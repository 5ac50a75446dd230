const async = require('async');
const db = require('./db');

function loadAll(ids) {
  if (!Array.isArray(ids)) throw new TypeError('ids must be an array');
  return async.mapSeries(ids, (id, cb) => db.getUser(id, cb));
}

module.exports = { loadAll };
