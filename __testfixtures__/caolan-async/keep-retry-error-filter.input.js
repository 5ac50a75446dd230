const async = require('async');
const db = require('./db');

async function fetchUnlessMissing(id) {
  return async.retry({ times: 3, errorFilter: (err) => err.code !== 'ENOENT' }, (cb) => db.fetch(id, cb));
}

module.exports = { fetchUnlessMissing };
