const async = require('async');
const db = require('./db');

// An array's tasks are all started in one loop, even after one calls back with an error at once:
// Promise.all starts them all too, so this converts.
async function both(id) {
  return async.parallel([
    (cb) => {
      if (!id) return cb(new Error('no id'));
      db.getUser(id, cb);
    },
    (cb) => db.listPosts(id, cb),
  ]);
}

module.exports = { both };
