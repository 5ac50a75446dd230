'use strict';
/**
 * Virtual time for the equivalence runner: a clock whose tasks the runner fires in time order
 * (ties: scheduling order), and the timer functions programs see (`setTimeout`, `setInterval`,
 * `setImmediate`, `timers/promises`) built on it. Nothing waits for real time.
 */
const { fakeError } = require('./fake-async');

class VirtualClock {
  constructor() {
    this.now = 0;
    this.sequence = 0;
    this.pending = [];
  }

  schedule(delay, run) {
    const task = { at: this.now + Math.max(0, delay), order: this.sequence++, run, cancelled: false };
    this.pending.push(task);
    return task;
  }

  cancel(task) {
    if (task) task.cancelled = true;
  }

  /** Removes and returns the earliest task (ties: first scheduled), advancing the clock to it. */
  takeNext() {
    this.pending = this.pending.filter((task) => !task.cancelled);
    if (this.pending.length === 0) return undefined;
    let next = 0;
    for (let i = 1; i < this.pending.length; i++) {
      const task = this.pending[i];
      const best = this.pending[next];
      if (task.at < best.at || (task.at === best.at && task.order < best.order)) next = i;
    }
    const [task] = this.pending.splice(next, 1);
    this.now = task.at;
    return task;
  }

  clear() {
    this.pending = [];
  }
}

/** Timers on the virtual clock. Not logged: only the order of effects they cause matters. */
function createTimers(clock, realm) {
  const toDelay = (ms) => {
    const delay = Number(ms);
    return delay >= 1 && delay <= 2 ** 31 - 1 ? Math.floor(delay) : 1;
  };
  const handleOf = (task) => {
    const handle = { task, ref: () => handle, unref: () => handle, hasRef: () => true, refresh: () => handle };
    handle[Symbol.toPrimitive] = () => handle.task.order;
    return handle;
  };
  const needsFunction = (fn) => {
    if (typeof fn !== 'function') throw fakeError(realm, 'The "callback" argument must be of type function', 'ERR_INVALID_ARG_TYPE', {}, realm.TypeError);
  };
  const clear = (handle) => clock.cancel(handle?.task);

  const setTimeout = (fn, ms, ...args) => (needsFunction(fn), handleOf(clock.schedule(toDelay(ms), () => fn(...args))));
  const setImmediate = (fn, ...args) => (needsFunction(fn), handleOf(clock.schedule(0, () => fn(...args))));
  const setInterval = (fn, ms, ...args) => {
    needsFunction(fn);
    const handle = handleOf(undefined);
    const tick = () => {
      handle.task = clock.schedule(toDelay(ms), tick);
      fn(...args);
    };
    handle.task = clock.schedule(toDelay(ms), tick);
    return handle;
  };
  const promises = {
    setTimeout: (ms, value) => new realm.Promise((resolve) => setTimeout(resolve, ms, value)),
    setImmediate: (value) => new realm.Promise((resolve) => setImmediate(resolve, value)),
  };
  promises.scheduler = { wait: (ms) => promises.setTimeout(ms), yield: () => promises.setImmediate() };
  return { setTimeout, setImmediate, setInterval, clearTimeout: clear, clearImmediate: clear, clearInterval: clear, promises };
}

module.exports = { VirtualClock, createTimers };
