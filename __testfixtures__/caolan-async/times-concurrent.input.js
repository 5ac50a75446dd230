const async = require('async');
const db = require('./db');

async function seed(count) {
  const ids = await async.times(count, function (n, next) {
    db.createUser('user' + n, function (err, user) {
      if (err) return next(err);
      next(null, user.id);
    });
  });
  return ids;
}

module.exports = { seed };
