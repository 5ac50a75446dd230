const async = require('async');
const db = require('./db');

async function profilePage(id) {
  return async.waterfall([
    (next) => db.getUser(id, next),
    (user, next) => {
      async.parallel({
        posts: (cb) => db.listPosts(user.id, cb),
        friends: (cb) => db.listFriends(user.id, cb),
      }, next);
    },
  ]);
}

module.exports = { profilePage };
