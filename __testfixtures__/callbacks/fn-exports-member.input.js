const store = require('./store');

exports.saveUser = function (user, done) {
  const key = 'user:' + user.name;
  store.put(key, user, (err) => {
    if (err) return done(err);
    done(null, key);
  });
};
