const async = require('async');
const db = require('./db');

// Each task may call back with an error before it returns (no id). These forms pull their tasks
// one by one, so after that error they start no further task; Promise.all would have started
// every one of them.
async function profile(id) {
  return async.parallel({
    user: (cb) => {
      if (!id) return cb(new Error('no id'));
      db.getUser(id, cb);
    },
    posts: (cb) => db.listPosts(id, cb),
  });
}

async function pages(n, id) {
  return async.times(n, (i, next) => {
    if (!id) return next(new Error('no id'));
    db.getPage(id, i, next);
  });
}

async function users(ids) {
  return async.mapLimit(ids, 2, (id, next) => {
    if (!id) return next(new Error('no id'));
    db.getUser(id, next);
  });
}

module.exports = { profile, pages, users };
