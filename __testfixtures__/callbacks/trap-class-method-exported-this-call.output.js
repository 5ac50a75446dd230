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

// Exported: a subclass in another file may override find, which findAll reaches through this.
class Repo {
  find(id, cb) {
    db.get(id, cb);
  }

  async findAll(ids) {
    const first = await promisify(this.find).call(this, ids[0]);
    return [first];
  }
}

Repo.prototype.findAll = callbackApi(Repo.prototype.findAll, 1);

module.exports = Repo;
