let fetchUser = require('./db').getUser;

function show(id, cb) {
  fetchUser(id, (err, user) => {
    if (err) return cb(err);
    cb(null, user.from);
  });
}

function useCache(cache) {
  fetchUser = cache.getUser;
}

module.exports = { show, useCache };
