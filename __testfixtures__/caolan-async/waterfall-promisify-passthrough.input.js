const async = require('async');
const db = require('./db');

const { promisify } = require('util');

// What the callbacks transform leaves for a function that passed its callback to async.waterfall.
async function loadProfile(id) {
  return promisify(async.waterfall).call(async, [
    (next) => db.getUser(id, next),
    (user, next) => {
      db.getProfile(user.id, (err, profile) => {
        if (err) return next(err);
        next(null, { user, profile });
      });
    },
  ]);
}

module.exports = { loadProfile };
