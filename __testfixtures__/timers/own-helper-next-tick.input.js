const db = require('./db');

// The class method keeps a callback API through awaitify's callbackApi helper, whose nextTick is
// awaitify's own code: the timers transform must not report it as the user's.
class Store {
  get(key, cb) {
    db.read(key, (err, value) => {
      if (err) return cb(err);
      cb(null, value.from);
    });
  }
}

module.exports = { store: new Store() };
