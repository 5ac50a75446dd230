'use strict';
/**
 * A fresh `node:vm` context for one program, with a CommonJS loader that serves the fake world:
 * `fs`, `fs/promises`, `child_process`, `timers`, `timers/promises`, `util` (and their `node:`
 * names) are fakes; a relative specifier in the program (`./db`, `../lib/users`) is a fake API
 * module named after its basename; a few pure Node built-ins are the real ones; npm packages
 * (`async`, `co`, …) are loaded from node_modules *inside* the context, so they run on the
 * virtual clock too.
 */
const fs = require('node:fs');
const nodePath = require('node:path');
const vm = require('node:vm');
const { createWorld, PROGRAM_DIR } = require('./fake-apis');

/** Built-ins without I/O or timing: safe to share with the program as they are. */
const REAL_BUILTINS = new Set(['assert', 'buffer', 'events', 'path', 'querystring', 'stream', 'string_decoder', 'url', 'os']);

/** A defect of the scenario or the kit, not a behaviour of the program: fails the test outright. */
class KitError extends Error {}

/** Creates the context and the world inside it; the world needs the context's intrinsics. */
function createSandbox(scenario, projectRoot) {
  const context = vm.createContext({});
  const realm = vm.runInContext('({ Promise, Error, TypeError, JSON })', context);
  const world = createWorld(scenario, realm);
  const globalObject = vm.runInContext('globalThis', context);
  Object.assign(globalObject, world.globals, {
    global: globalObject,
    process: programProcess(world),
    Buffer,
    URL,
    URLSearchParams,
    TextEncoder,
    TextDecoder,
    queueMicrotask,
    structuredClone,
    // Classic JSX runtime for `.jsx`/`.tsx` programs.
    React: { createElement: (type, props, ...children) => ({ type: typeof type === 'string' ? type : type.name, props, children }) },
  });
  const cache = new Map();
  /** Thrown inside the program too, but kept here so the program cannot swallow it. */
  let kitError;

  /** Runs CommonJS `code` in the context. `asyncBody` allows top-level `await` (ES modules). */
  function evaluate(code, filename, requireFn, asyncBody) {
    const module = { exports: {} };
    const wrapper = `(${asyncBody ? 'async ' : ''}function (exports, require, module, __filename, __dirname) {${code}\n})`;
    const fn = vm.runInContext(wrapper, context, { filename });
    const completion = fn.call(module.exports, module.exports, requireFn, module, filename, nodePath.dirname(filename));
    return { module, completion };
  }

  function loadPackageFile(filename) {
    if (cache.has(filename)) return cache.get(filename).exports;
    if (filename.endsWith('.json')) return realm.JSON.parse(fs.readFileSync(filename, 'utf8'));
    const module = { exports: {} };
    cache.set(filename, module);
    const { module: loaded } = evaluate(fs.readFileSync(filename, 'utf8'), filename, packageRequire(nodePath.dirname(filename)), false);
    module.exports = loaded.exports;
    return module.exports;
  }

  function builtinOrServed(specifier) {
    const served = world.modules.serve(specifier);
    if (served) return served;
    const bare = specifier.replace(/^node:/, '');
    if (REAL_BUILTINS.has(bare)) return require(bare);
    if (require('node:module').builtinModules.includes(bare)) {
      kitError ??= new KitError(`the equivalence runner has no fake for "${specifier}" (see __tests__/kit/README.md)`);
      throw kitError;
    }
    return undefined;
  }

  function packageRequire(fromDir) {
    return (specifier) => builtinOrServed(specifier) ?? loadPackageFile(require.resolve(specifier, { paths: [fromDir] }));
  }

  function programRequire(specifier) {
    const builtin = builtinOrServed(specifier);
    if (builtin) return builtin;
    // `fake-*` packages (the typed fakes of __tests__/kit/packages) are fake libraries too.
    if (specifier.startsWith('.') || /^fake-[\w-]+$/.test(specifier)) return world.modules.api(specifier);
    const loaded = loadPackageFile(require.resolve(specifier, { paths: [projectRoot] }));
    if (specifier === 'tape') observeTape(loaded);
    return loaded;
  }

  /**
   * The real tape, its results read in object mode instead of printed as TAP: one line per test
   * start, assertion and test end. Source positions and stacks are left out: they differ between
   * an input and its output without any difference in behaviour.
   */
  let tapeObserved = false;
  function observeTape(tape) {
    if (tapeObserved) return;
    tapeObserved = true;
    const names = new Map();
    tape.createStream({ objectMode: true }).on('data', (row) => {
      if (row.type === 'test') {
        names.set(row.id, row.name);
        world.record(`tape test ${JSON.stringify(row.name)}${row.skip ? ' (skip)' : ''}`);
      } else if (row.type === 'end') world.record(`tape end ${JSON.stringify(names.get(row.test))}`);
      else if (row.type === 'assert') world.record(`tape ${row.ok ? 'ok' : 'not ok'} ${row.name} (${row.operator})`);
      else world.record(`tape ${typeof row === 'string' ? `# ${row}` : JSON.stringify(row)}`);
    });
  }

  /**
   * Loads the program. Returns its exports and, for an ES module with top-level await, the
   * promise of its evaluation; a load failure is thrown to the caller.
   */
  function loadProgram(program) {
    const filename = nodePath.posix.join(PROGRAM_DIR, nodePath.basename(program.filename));
    const { module, completion } = evaluate(program.code, filename, programRequire, program.topLevelAwait);
    return { module, completion: program.topLevelAwait ? completion : undefined };
  }

  return { world, loadProgram, kitError: () => kitError };
}

/** Enough of `process` for ordinary programs; `exit` is logged, not performed. */
function programProcess(world) {
  return {
    nextTick: process.nextTick,
    env: {},
    argv: ['node', `${PROGRAM_DIR}/index.js`],
    platform: process.platform,
    version: process.version,
    versions: process.versions,
    cwd: () => PROGRAM_DIR,
    hrtime: process.hrtime,
    emitWarning: () => {},
    on: () => {},
    once: () => {},
    exit: (code) => world.record(`process.exit(${code ?? ''})`),
  };
}

module.exports = { createSandbox, KitError };
