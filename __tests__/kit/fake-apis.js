'use strict';
/**
 * The fake world a program runs against in the equivalence runner: a virtual clock, one event
 * log, the modules it serves (fake library modules, `fs`, `child_process`, timers, `util`) and
 * the program's globals (`console`, `log`, timers). Everything is deterministic: see
 * fake-async.js for how a call is logged and completed, virtual-clock.js for time.
 */
const nodePath = require('node:path');
const realUtil = require('node:util');
const { formatValue, formatCall } = require('./format-value');
const { fakeAsyncFunction, fakeError, PROMISIFY_CUSTOM } = require('./fake-async');
const { createFs, PROGRAM_DIR } = require('./fake-fs');
const { VirtualClock, createTimers } = require('./virtual-clock');

/**
 * @param scenario one scenario variant: `failOn`, `delays`, `results`, `files`
 * @param realm the program context's intrinsics: `{ Promise, Error, TypeError, JSON }`
 */
function createWorld(scenario, realm) {
  const clock = new VirtualClock();
  const log = [];
  const world = {
    clock,
    log,
    realm,
    scenario,
    /** Every line carries the virtual time: a dropped or added delay shows even when the order holds. */
    record: (line) => {
      log.push(`@${clock.now} ${line}`);
    },
    /** Copies a host value into the program's realm (plain data only). */
    toRealm: (value) => (value === undefined ? undefined : realm.JSON.parse(JSON.stringify(value))),
  };
  world.modules = createModules(world);
  world.globals = createGlobals(world);
  return world;
}

/**
 * A fake library module: every method is an error-first async function that also returns a
 * promise when the callback is omitted. `db.getUser(1)` resolves `{ id: 1, from: "db.getUser" }`
 * unless the scenario's `results` says otherwise.
 */
function createApiModule(world, moduleName) {
  const methods = new Map();
  const notMethods = new Set(['then', '__esModule', 'toJSON', 'inspect', 'constructor', 'prototype']);
  const module = new Proxy(
    {},
    {
      get(target, key) {
        if (key === 'default') return module;
        if (typeof key !== 'string' || notMethods.has(key) || key in Object.prototype) return Reflect.get(target, key);
        if (!methods.has(key)) {
          const name = `${moduleName}.${key}`;
          methods.set(key, fakeAsyncFunction(world, name, (args) => [world.toRealm({ id: args[0], from: name })]));
        }
        return methods.get(key);
      },
    },
  );
  return module;
}

/** `exec` calls back `(err, stdout, stderr)`; its promisified form resolves `{ stdout, stderr }`. */
function createChildProcess(world) {
  const run = ([command]) => [`${command} output\n`, ''];
  const make = (name) =>
    fakeAsyncFunction(world, `child_process.${name}`, run, {
      mode: 'callback',
      promisified: fakeAsyncFunction(world, `child_process.${name}`, run, {
        mode: 'promise',
        promiseValue: ([stdout, stderr]) => world.toRealm({ stdout, stderr }),
      }),
    });
  return { exec: make('exec'), execFile: make('execFile') };
}

/** Real `util`, except `promisify`, whose promises belong to the program's realm. */
function createUtil(world) {
  const { realm } = world;
  function promisify(original) {
    if (typeof original !== 'function') {
      throw fakeError(realm, 'The "original" argument must be of type function', 'ERR_INVALID_ARG_TYPE', {}, realm.TypeError);
    }
    if (typeof original[PROMISIFY_CUSTOM] === 'function') return original[PROMISIFY_CUSTOM];
    return function promisified(...args) {
      return new realm.Promise((resolve, reject) => {
        Reflect.apply(original, this, [...args, (error, value) => (error ? reject(error) : resolve(value))]);
      });
    };
  }
  promisify.custom = PROMISIFY_CUSTOM;
  return { ...realUtil, promisify };
}

/** Modules served by name; relative paths are fake API modules named after their basename. */
function createModules(world) {
  const fs = createFs(world);
  const timers = createTimers(world.clock, world.realm);
  const childProcess = createChildProcess(world);
  const util = createUtil(world);
  const byName = {
    fs,
    'fs/promises': fs.promises,
    child_process: childProcess,
    timers,
    'timers/promises': timers.promises,
    util,
  };
  const apiModules = new Map();
  return {
    timers,
    /** The served module for a specifier, or undefined when the fake world has none. */
    serve(specifier) {
      const name = specifier.replace(/^node:/, '');
      if (Object.hasOwn(byName, name)) return withDefault(byName[name]);
      return undefined;
    },
    api(specifier) {
      const name = nodePath.basename(specifier).replace(/\.[cm]?[jt]sx?$/, '');
      if (!apiModules.has(name)) apiModules.set(name, createApiModule(world, name));
      return apiModules.get(name);
    },
  };
}

/** ES-module interop without helpers: `import fs from 'fs'` reads `.default`. */
function withDefault(module) {
  if (!Object.hasOwn(module, 'default')) Object.defineProperty(module, 'default', { value: module, enumerable: false });
  return module;
}

/** Globals of the program's context: the virtual timers, and `console`/`log` writing to the log. */
function createGlobals(world) {
  const print = (args) => args.map((arg) => (typeof arg === 'string' ? arg : formatValue(arg))).join(' ');
  const console = {};
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
    console[level] = (...args) => world.record(`console.${level} ${print(args)}`);
  }
  const { setTimeout, setImmediate, setInterval, clearTimeout, clearImmediate, clearInterval } = world.modules.timers;
  return { setTimeout, setImmediate, setInterval, clearTimeout, clearImmediate, clearInterval, console, log: (...args) => world.record(`log ${print(args)}`) };
}

/**
 * A scenario argument as the program receives it. Tokens: `{ "$recorder": "res" }` is an object
 * whose every method call is logged (`res.status(404)`) and returns the object (chainable, like an
 * Express response); `{ "$fn": "next" }` is a function whose calls are logged. A function given by
 * a `.scenario.js` is logged the same way and its result returned. Plain data is copied into the
 * program's realm.
 */
function materializeArgument(world, value) {
  if (typeof value === 'function') return createLoggedFunction(world, value.name || 'fn', value);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    if (typeof value.$recorder === 'string') return createRecorder(world, value.$recorder);
    if (typeof value.$fn === 'string') return createLoggedFunction(world, value.$fn);
  }
  return world.toRealm(value);
}

function createLoggedFunction(world, name, implementation = () => undefined) {
  const fn = function (...args) {
    world.record(`call ${formatCall(name, args)}`);
    return Reflect.apply(implementation, this, args);
  };
  Object.defineProperty(fn, 'name', { value: name.slice(name.lastIndexOf('.') + 1) });
  return fn;
}

function createRecorder(world, name) {
  const methods = new Map();
  const recorder = new Proxy(
    {},
    {
      get(target, key) {
        if (typeof key !== 'string' || key === 'then' || key === 'toJSON' || key in Object.prototype) return Reflect.get(target, key);
        if (!methods.has(key)) {
          const logged = createLoggedFunction(world, `${name}.${key}`);
          methods.set(key, (...args) => (logged(...args), recorder));
        }
        return methods.get(key);
      },
    },
  );
  return recorder;
}

module.exports = { createWorld, materializeArgument, PROGRAM_DIR };
