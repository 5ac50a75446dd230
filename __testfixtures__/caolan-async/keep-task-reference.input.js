const async = require('async');
const db = require('./db');

function loadUser(cb) {
  db.getUser(1, cb);
}

async function both() {
  return async.parallel([loadUser, (cb) => db.getPrefs(1, cb)]);
}

module.exports = { both };
