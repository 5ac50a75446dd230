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

async function load(id) {
  const user = await promisify(db.getUser).call(db, id);
  return user;
}

exports.rename = callbackApi(async function (id, name) {
  const user = await load(id);
  return promisify(db.saveUser).call(db, { ...user, name });
}, 2);

module.exports.load = callbackApi(load, 1);
