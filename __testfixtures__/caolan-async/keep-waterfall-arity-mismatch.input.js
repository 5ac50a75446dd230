const async = require('async');
const db = require('./db');

async function broken(id) {
  return async.waterfall([
    (next) => next(null, id, 'extra'),
    (value, next) => db.getUser(value, next),
  ]);
}

module.exports = { broken };
