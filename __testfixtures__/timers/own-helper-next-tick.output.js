const db = require('./db');

const { promisify } = require('util');
/** Callable both ways while callers migrate: awaited, or with a trailing callback. */
function callbackApi(fn, callbackIndex, spreadResults) {
  return function (...args) {
    const callback = typeof args[callbackIndex] === 'function' ? args[callbackIndex] : null;
    const promise = fn.apply(this, callback ? args.slice(0, callbackIndex) : args);
    if (!callback) return promise;
    promise
      .then((result) => (spreadResults ? callback(null, ...result) : callback(null, result)), (error) => callback(error))
      .catch((thrown) => process.nextTick(() => { throw thrown; }));
  };
}

// The class method keeps a callback API through awaitify's callbackApi helper, whose nextTick is
// awaitify's own code: the timers transform must not report it as the user's.
class Store {
  async get(key) {
    const value = await promisify(db.read).call(db, key);
    return value.from;
  }
}

Store.prototype.get = callbackApi(Store.prototype.get, 1);

module.exports = { store: new Store() };
