const async = require('async');
const db = require('./db');

async function names(ids) {
  const users = await async.map(ids, (id, cb) => {
    db.getUser(id, (err, user) => {
      if (err) return cb(err);
      cb(null, user.id * 10);
    });
  });
  return users.join(',');
}

module.exports = { names };
