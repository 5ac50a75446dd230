'use strict';
/**
 * The one fake async function every fake API is made of. A call logs `start <signature>`, decides
 * its virtual delay (scenario `delays`, else derived from the signature) and, when the clock fires,
 * logs `finish <signature> -> <result>` and only then calls back or settles its promise. Failure
 * (`failOn`) and canned results (`results`) come from the scenario. The callback, promise and
 * promisified forms of an API share one name, so a correct conversion logs what its original did.
 */
const { formatValue, formatCall } = require('./format-value');

const PROMISIFY_CUSTOM = Symbol.for('nodejs.util.promisify.custom');

/** FNV-1a: a stable small number from a signature, so each distinct call gets its own delay. */
function hashOf(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** An error built with the program's own `Error`, so `err instanceof Error` holds inside it. */
function fakeError(realm, message, code, extra = {}, Constructor = realm.Error) {
  const error = new Constructor(message);
  if (code !== undefined) error.code = code;
  return Object.assign(error, extra);
}

/** A scenario key matches a call by its full signature, its name, or (any other value) its first argument. */
function matches(keys, name, signature, args) {
  return (keys ?? []).some(
    (key) => key === signature || key === name || (args.length > 0 && formatValue(key) === formatValue(args[0])),
  );
}

function lookup(table, name, signature) {
  if (!table) return undefined;
  if (Object.hasOwn(table, signature)) return table[signature];
  if (Object.hasOwn(table, name)) return table[name];
  return undefined;
}

/**
 * Logs the start of a call and decides, up front, its delay; `finish()` runs the operation at
 * completion time (so writes land when the real I/O would), logs the result and returns the
 * callback arguments: `[error]` or `[null, ...values]` (`[...values]` when not error-first).
 */
function startCall(world, name, args, operation, errorFirst) {
  const { scenario, realm } = world;
  const signature = formatCall(name, args);
  world.record(`start ${signature}`);
  const delay = lookup(scenario.delays, name, signature) ?? 1 + (hashOf(signature) % 10);
  const finish = () => {
    let error = null;
    let values;
    if (matches(scenario.failOn, name, signature, args)) {
      error = fakeError(realm, `${signature} failed`, 'EFAKE');
    } else {
      const result = lookup(scenario.results, name, signature);
      try {
        values = result !== undefined ? [world.toRealm(result)] : operation(args);
      } catch (thrown) {
        error = thrown;
      }
    }
    if (error) {
      world.record(`finish ${signature} -> error ${formatValue(error)}`);
      return [error];
    }
    world.record(`finish ${signature} -> ${formatValue(values.length > 1 ? values : values[0])}`);
    return errorFirst ? [null, ...values] : values;
  };
  return { delay, finish };
}

/**
 * A fake async function. `mode`: `callback` (needs a trailing callback, like `fs.readFile`),
 * `promise` (like `fs.promises.readFile`), or `both` (returns a promise when the callback is
 * omitted: how converted library calls look).
 */
function fakeAsyncFunction(world, name, operation, options = {}) {
  const { mode = 'both', errorFirst = true, promiseValue = (values) => values[0] } = options;
  const { realm, clock } = world;
  const fake = function (...args) {
    const callback = mode !== 'promise' && typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
    if (!callback && mode === 'callback') {
      throw fakeError(realm, `${name}: the "callback" argument must be of type function`, 'ERR_INVALID_ARG_TYPE', {}, realm.TypeError);
    }
    const call = startCall(world, name, args, operation, errorFirst);
    if (callback) {
      clock.schedule(call.delay, () => callback(...call.finish()));
      return undefined;
    }
    return new realm.Promise((resolve, reject) => {
      clock.schedule(call.delay, () => {
        const outcome = call.finish();
        if (errorFirst && outcome[0]) reject(outcome[0]);
        else resolve(promiseValue(errorFirst ? outcome.slice(1) : outcome));
      });
    });
  };
  Object.defineProperty(fake, 'name', { value: name.slice(name.lastIndexOf('.') + 1) });
  if (options.promisified) fake[PROMISIFY_CUSTOM] = options.promisified;
  return fake;
}

module.exports = { fakeAsyncFunction, fakeError, PROMISIFY_CUSTOM };
