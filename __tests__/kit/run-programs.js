'use strict';
/**
 * Child-process entry of the equivalence runner (a child process, so unhandled rejections and
 * uncaught exceptions can be observed with process hooks, away from Jest's own).
 *
 * stdin:  { programs: [{ code, filename, topLevelAwait }], scenario? | scenarioPath?, projectRoot }
 *         (`code` is CommonJS; ES modules and TypeScript arrive already transpiled)
 * stdout: { runs: [per program: [per scenario variant: { name, loaded, log }]] } or { kitError }
 *
 * Each program runs once per scenario variant, each time in a fresh context and a fresh world.
 */
const fs = require('node:fs');
const { createSandbox, KitError } = require('./sandbox');
const { materializeArgument } = require('./fake-apis');
const { formatValue, formatCall } = require('./format-value');
const { normalizeScenario } = require('./scenario');

/** Upper bound on completions per run: a program with a live `setInterval` never goes idle. */
const MAX_COMPLETIONS = 10000;

let activeWorld;
process.on('unhandledRejection', (reason) => activeWorld?.record(`unhandled rejection ${formatValue(reason)}`));
process.on('uncaughtException', (error) => activeWorld?.record(`uncaught exception ${formatValue(error)}`));

const nextMacrotask = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Fires virtual completions one per host macrotask until none is left: before each one, every
 * microtask, `nextTick` and unhandled-rejection report caused by the previous has run.
 */
async function drain(world) {
  for (let fired = 0; ; fired++) {
    await nextMacrotask();
    const task = world.clock.takeNext();
    if (!task) return;
    if (fired === MAX_COMPLETIONS) {
      world.record(`did not settle after ${MAX_COMPLETIONS} completions`);
      world.clock.clear();
      return;
    }
    try {
      task.run();
    } catch (error) {
      world.record(`uncaught exception ${formatValue(error)}`);
    }
  }
}

const isThenable = (value) => value !== null && (typeof value === 'object' || typeof value === 'function') && typeof value.then === 'function';

/**
 * Callback style: a plain function declaring more parameters than the scenario gives. An async
 * function never is (its optional parameters are not a callback slot; its promise is the result).
 */
function takesCallbackParameter(fn, args) {
  return fn.length > args.length && fn.constructor?.name !== 'AsyncFunction';
}

/** The callback goes in the last declared parameter; omitted optional arguments stay undefined. */
function withCallbackLast(args, arity, callback) {
  const padded = [...args];
  while (padded.length < arity - 1) padded.push(undefined);
  return [...padded, callback];
}

/**
 * Calls an entry and logs what it delivers, normalizing the two styles: `cb(null, v)` and a
 * promise resolving `v` both log `<call> -> resolved v`; `cb(err)` and a rejection both log
 * `-> rejected err`; `cb(null, a, b)` delivers `[a, b]`. Delivery before the entry returned is
 * marked `(synchronously)`; a second one is logged as `called back again`. `ignoreReturn` skips
 * the return value, never the callback. Returns the check to run once everything settled
 * (`never settled`).
 */
function observeCall(world, fn, thisArg, args, label, ignoreReturn) {
  let deliveries = 0;
  let returned = false;
  const deliver = (text) => {
    deliveries += 1;
    const again = deliveries > 1 ? 'called back again: ' : '';
    world.record(`${label} -> ${again}${text}${returned ? '' : ' (synchronously)'}`);
  };
  const takesCallback = takesCallbackParameter(fn, args);
  const callback = (error, ...values) =>
    deliver(error ? `rejected ${formatValue(error)}` : `resolved ${formatValue(values.length > 1 ? values : values[0])}`);

  let result;
  try {
    result = fn.apply(thisArg, takesCallback ? withCallbackLast(args, fn.length, callback) : args);
  } catch (error) {
    returned = true;
    world.record(`${label} threw ${formatValue(error)}`);
    return () => {};
  }
  returned = true;
  const awaitsDelivery = takesCallback || (!ignoreReturn && isThenable(result));
  if (!takesCallback && !ignoreReturn) {
    if (isThenable(result)) {
      result.then((value) => deliver(`resolved ${formatValue(value)}`), (error) => deliver(`rejected ${formatValue(error)}`));
    } else {
      world.record(`${label} -> returned ${formatValue(result)}`);
    }
  }
  return () => {
    if (awaitsDelivery && deliveries === 0) world.record(`${label} -> never settled`);
  };
}

/** `handle`, `api.handle` or `default`; a module that exports one function answers to its name. */
function resolveEntry(exports, entry, filename) {
  let owner;
  let target = exports;
  for (const part of entry.split('.')) {
    owner = target;
    target = target?.[part];
  }
  if (typeof target !== 'function' && typeof exports === 'function' && (entry === 'default' || exports.name === entry)) {
    return { fn: exports, thisArg: undefined };
  }
  if (typeof target !== 'function') throw new KitError(`${filename}: entry "${entry}" is not an exported function`);
  return { fn: target, thisArg: owner };
}

async function loadProgram(sandbox, program) {
  const { world } = sandbox;
  try {
    const { module, completion } = sandbox.loadProgram(program);
    let status = completion ? 'pending' : 'done';
    completion?.then(
      () => (status = 'done'),
      (error) => ((status = 'failed'), world.record(`load threw ${formatValue(error)}`)),
    );
    await drain(world);
    if (status === 'pending') world.record('load never finished');
    return status === 'done' ? module.exports : undefined;
  } catch (error) {
    world.record(`load threw ${formatValue(error)}`);
    return undefined;
  }
}

async function runVariant(program, variant, projectRoot) {
  const sandbox = createSandbox(variant.world, projectRoot);
  const { world } = sandbox;
  activeWorld = world;
  const exports = await loadProgram(sandbox, program);
  const loaded = exports !== undefined;
  if (loaded) {
    const checks = [];
    for (const call of variant.calls) {
      const { fn, thisArg } = resolveEntry(exports, call.entry, program.filename);
      const args = call.args.map((arg) => materializeArgument(world, arg));
      const label = formatCall(call.entry, args);
      world.record(`call ${label}`);
      checks.push(observeCall(world, fn, thisArg, args, label, call.ignoreReturn));
      if (!variant.concurrent) await drain(world);
    }
    await drain(world);
    for (const check of checks) check();
  }
  // Let late rejection reports arrive before the next run takes over the hooks.
  await nextMacrotask();
  activeWorld = undefined;
  if (sandbox.kitError()) throw sandbox.kitError();
  return { name: variant.name, loaded, log: world.log };
}

async function main() {
  const request = JSON.parse(fs.readFileSync(0, 'utf8'));
  const variants = normalizeScenario(request.scenario ?? require(request.scenarioPath), request.scenarioPath ?? 'scenario');
  const runs = [];
  for (const program of request.programs) {
    const programRuns = [];
    for (const variant of variants) programRuns.push(await runVariant(program, variant, request.projectRoot));
    runs.push(programRuns);
  }
  return { runs };
}

main().then(
  (result) => process.stdout.write(JSON.stringify(result)),
  (error) => process.stdout.write(JSON.stringify({ kitError: error instanceof KitError ? error.message : String(error?.stack ?? error) })),
);
