#!/usr/bin/env node
'use strict';
/**
 * Deterministic generator of a synthetic legacy code base for `npm run bench`: callback-style
 * CommonJS JavaScript (75 %) and TypeScript (25 %) services with a relative-require module graph,
 * mocha tests with `done`, promise chains, `async.waterfall`, and utility files with nothing to
 * convert.
 *
 * Same seed and file count -> byte-identical output. File i depends only on files before it, so a
 * corpus of N files is the first N files of any larger one (quick runs are a prefix of the full
 * run). TypeScript uses `as` casts only, never `<T>x`, so one `tsx` parse covers every file.
 *
 * usage: node scripts/gen-corpus.js [outDir] [--files N] [--seed S]
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const DEFAULTS = { dir: '.bench/corpus', files: 2000, seed: 20260101 };

/** Changes whenever this file changes, so the bench regenerates a stale corpus by itself. */
const GENERATOR_VERSION = crypto
  .createHash('sha1')
  .update(fs.readFileSync(__filename))
  .digest('hex')
  .slice(0, 12);

const MANIFEST = 'corpus.json';

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: small, fast, good enough for picking templates. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  /** One independent stream per (seed, file index): a file never shifts the ones after it. */
  constructor(seed, stream) {
    this.next = mulberry32(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35));
  }
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }
  /** `choices`: [[weight, value], ...]. */
  weighted(choices) {
    const total = choices.reduce((sum, [w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [w, value] of choices) {
      roll -= w;
      if (roll < 0) return value;
    }
    return choices[choices.length - 1][1];
  }
  sample(items, count) {
    const pool = items.slice();
    const out = [];
    while (out.length < count && pool.length) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const AREAS = ['accounts', 'billing', 'catalog', 'inventory', 'orders', 'reports', 'shipping', 'mail', 'search', 'auth'];
const NOUNS = ['order', 'customer', 'invoice', 'product', 'account', 'shipment', 'payment', 'report', 'session', 'address', 'coupon', 'review', 'ticket', 'refund', 'supplier', 'warehouse'];
const VERBS = ['load', 'fetch', 'sync', 'refresh', 'import', 'export', 'archive', 'resolve', 'update', 'publish', 'verify', 'prepare', 'collect', 'rebuild'];
const ROLES = ['store', 'service', 'sync', 'loader', 'repository', 'worker', 'handler', 'importer', 'gateway', 'jobs'];
const SIZE_BANDS = [
  [88, [50, 150]],
  [9.5, [150, 420]],
  [2.5, [420, 1400]],
];

const capitalize = (s) => s[0].toUpperCase() + s.slice(1);
const camel = (kebab) => kebab.replace(/-(\w)/g, (_, c) => c.toUpperCase());
const plural = (noun) => {
  if (noun.endsWith('y')) return noun.slice(0, -1) + 'ies';
  return noun.endsWith('s') ? noun + 'es' : noun + 's';
};

// ---------------------------------------------------------------------------------------------
// Writing code

/** Lines with indentation, in the file's own style. */
class CodeWriter {
  constructor(indentUnit) {
    this.unit = indentUnit;
    this.depth = 0;
    this.lines = [];
  }
  line(text = '') {
    this.lines.push(text ? this.unit.repeat(this.depth) + text : '');
  }
  open(text) {
    this.line(text);
    this.depth++;
  }
  close(text = '}') {
    this.depth--;
    this.line(text);
  }
  /** A line between two blocks at the same depth: `} else {`. */
  middle(text) {
    this.depth--;
    this.line(text);
    this.depth++;
  }
  /** Continuation lines (a method chain) one level deeper. */
  indented(body) {
    this.depth++;
    body();
    this.depth--;
  }
  block(head, body, tail = '}') {
    this.open(head);
    body();
    this.close(tail);
  }
  get lineCount() {
    return this.lines.length;
  }
}

/**
 * Everything a template needs about the file being written: style, language, names in use,
 * modules required, functions exported, and the async operations it may call.
 */
class FileContext {
  constructor(rng, plan) {
    this.rng = rng;
    this.plan = plan;
    this.ts = plan.lang === 'ts';
    this.quote = rng.chance(0.85) ? "'" : '"';
    this.arrows = rng.chance(0.25);
    this.inlineExports = !this.ts && rng.chance(0.3);
    this.w = new CodeWriter(rng.weighted([[80, '  '], [15, '    '], [5, '\t']]));
    this.requires = new Map(); // module specifier -> local name
    this.exports = []; // { name, kind: 'cb' | 'promise' | 'sync' | 'class' | 'value', arg, noun }
    this.localCallbackFns = []; // for same-file callers: { name, callee, noun, arg: 'id' | 'list' }
    this.names = new Set();
    this.typeImports = new Set();
  }
  q(text) {
    return this.quote + text + this.quote;
  }
  /** A callback head: `function (err, row) {` or `(err, row) => {`. */
  fn(params) {
    return this.arrows ? `(${params.join(', ')}) => {` : `function (${params.join(', ')}) {`;
  }
  /** A top-level name not used yet in this file. */
  uniqueName(base) {
    let name = base;
    for (let n = 2; this.names.has(name); n++) name = base + n;
    this.names.add(name);
    return name;
  }
  /** The local name bound to `specifier`, required on first use under a name free in this file. */
  use(preferredName, specifier) {
    if (!this.requires.has(specifier)) this.requires.set(specifier, this.uniqueName(preferredName));
    return this.requires.get(specifier);
  }
  type(annotation) {
    return this.ts ? annotation : '';
  }
  useTypes(...names) {
    if (this.ts) for (const name of names) this.typeImports.add(name);
  }
  /**
   * A top-level function, exported or not, in the file's export style. `params`: [name, tsType].
   */
  func(name, params, returnType, body, exported) {
    const list = params.map(([p, t]) => p + this.type(`: ${t}`)).join(', ');
    const ret = this.type(`: ${returnType}`);
    if (exported && this.inlineExports) {
      this.w.block(`exports.${name} = function ${name}(${list}) {`, body, '};');
    } else {
      this.w.block(`${exported && this.ts ? 'export ' : ''}function ${name}(${list})${ret} {`, body);
    }
    this.w.line();
  }
  exportAs(name, kind, arg = 'id') {
    this.exports.push({ name, kind, arg });
  }
}

// ---------------------------------------------------------------------------------------------
// Async operations: error-first calls a template can chain. `key`: an id expression; `data`: a
// value expression. Each returns the call text without its callback and the result's name.

// Generated files are two levels down (src/<area>/x, test/<area>/x.test).
const INFRA = {
  db: '../../lib/db',
  http: '../../lib/http-client',
  cache: '../../lib/cache',
  queue: '../../lib/queue',
  logger: '../../lib/logger',
  async: 'async',
  fs: 'fs',
  path: 'path',
  assert: 'assert',
};

function requireInfra(g, name) {
  return g.use(name, INFRA[name]);
}

const INFRA_OPERATIONS = [
  [14, (g, { noun, key }) => ({ call: `${requireInfra(g, 'db')}.get(${g.q(plural(noun))}, ${key}`, result: noun })],
  [6, (g, { noun, key }) => ({
    call: `${requireInfra(g, 'db')}.query(${g.q(`SELECT * FROM ${plural(noun)} WHERE owner_id = ?`)}, [${key}]`,
    result: plural(noun),
  })],
  [8, (g, { noun, data }) => ({ call: `${requireInfra(g, 'db')}.save(${g.q(plural(noun))}, ${data}`, result: 'saved' })],
  [3, (g, { noun, key }) => ({ call: `${requireInfra(g, 'db')}.remove(${g.q(plural(noun))}, ${key}`, result: null })],
  [6, (g, { noun, key }) => ({ call: `${requireInfra(g, 'fs')}.readFile(${dataFile(g, noun, key)}, ${g.q('utf8')}`, result: 'raw' })],
  [4, (g, { noun, key, data }) => ({ call: `${requireInfra(g, 'fs')}.writeFile(${dataFile(g, noun, key)}, JSON.stringify(${data})`, result: null })],
  [3, (g, { noun, key }) => ({ call: `${requireInfra(g, 'fs')}.stat(${dataFile(g, noun, key)}`, result: 'stats' })],
  [8, (g, { noun, key }) => ({ call: `${requireInfra(g, 'http')}.getJson(${g.q(`/api/${plural(noun)}/`)} + ${key}`, result: 'body' })],
  [4, (g, { noun, data }) => ({ call: `${requireInfra(g, 'http')}.post(${g.q(`/api/${plural(noun)}`)}, ${data}`, result: 'res' })],
  [6, (g, { noun, key }) => ({ call: `${requireInfra(g, 'cache')}.get(${g.q(noun + ':')} + ${key}`, result: 'cached' })],
  [4, (g, { noun, key, data }) => ({ call: `${requireInfra(g, 'cache')}.set(${g.q(noun + ':')} + ${key}, ${data}, 60`, result: null })],
  [3, (g, { noun, key }) => ({ call: `${requireInfra(g, 'queue')}.push({ type: ${g.q(noun + '.changed')}, id: ${key} }`, result: 'job' })],
];

function dataFile(g, noun, key) {
  return `${requireInfra(g, 'path')}.join(__dirname, ${g.q('data')}, ${key} + ${g.q(`.${noun}.json`)})`;
}

/** One operation: infra, a dependency's exported callback function, or an earlier local one. */
function pickOperation(g, inputs) {
  const depFns = g.plan.deps.flatMap((dep) =>
    dep.exports.filter((e) => e.kind === 'cb').map((e) => ({ dep, e })),
  );
  const choice = g.rng.weighted([
    [70, 'infra'],
    [depFns.length ? 18 : 0, 'dep'],
    [g.localCallbackFns.length ? 12 : 0, 'local'],
  ]);
  if (choice === 'dep') {
    const { dep, e } = g.rng.pick(depFns);
    const alias = g.use(dep.alias, dep.specifier);
    return { call: `${alias}.${e.name}(${argFor(e, inputs.key)}`, result: e.noun || inputs.noun };
  }
  if (choice === 'local') {
    const local = g.rng.pick(g.localCallbackFns);
    return { call: `${local.callee}(${argFor(local, inputs.key)}`, result: local.noun };
  }
  return g.rng.weighted(INFRA_OPERATIONS)(g, inputs);
}

function argFor(fnInfo, key) {
  return fnInfo.arg === 'list' ? `[${key}]` : key;
}

// ---------------------------------------------------------------------------------------------
// Statement fragments shared by the templates

/**
 * Writes `call(..., function (err, result) {`, the error check in one of the shapes legacy code
 * uses, then `rest(resultName)` in the success path, and closes the callback.
 */
function errorFirstCall(g, op, cbName, scope, rest) {
  const result = op.result ? scopedName(scope, op.result) : null;
  const params = result ? ['err', result] : ['err'];
  g.w.open(`${op.call}, ${g.fn(params)}`);
  const shape = g.rng.weighted([[62, 'return'], [14, 'log'], [9, 'wrap'], [10, 'else'], [5, 'ignore']]);
  if (shape === 'return') g.w.line(`if (err) return ${cbName}(err);`);
  if (shape === 'log') {
    g.w.block('if (err) {', () => {
      g.w.line(`${requireInfra(g, 'logger')}.warn(${g.q(`${op.result || 'call'} failed`)}, err);`);
      g.w.line(`return ${cbName}(err);`);
    });
  }
  if (shape === 'wrap') g.w.line(`if (err) return ${cbName}(new Error(${g.q(`could not get ${op.result || 'result'}: `)} + err.message));`);
  if (shape === 'else') {
    g.w.open('if (err) {');
    g.w.line(`${cbName}(err);`);
    g.w.middle('} else {');
    rest(result);
    g.w.close('}');
  } else {
    rest(result);
  }
  g.w.close('});');
}

/** A name not used by an enclosing callback, so nested results do not shadow each other. */
function scopedName(scope, base) {
  let name = base;
  for (let n = 2; scope.has(name); n++) name = base + n;
  scope.add(name);
  return name;
}

/** Plain synchronous lines between async steps. */
function interlude(g, value, noun, cbName) {
  const logger = () => requireInfra(g, 'logger');
  g.rng.weighted([
    [4, () => g.w.line(`${logger()}.debug(${g.q(`${noun} step done`)}, ${value ? `${value} && ${value}.id` : 'null'});`)],
    [3, () => value && g.w.line(`if (!${value}) return ${cbName}(new Error(${g.q(`${noun} not found`)}));`)],
    [3, () => value && g.w.line(`const count${g.type(': number')} = Object.keys(${value}${g.ts ? ' as object' : ''}).length;`)],
    [2, () => g.w.line(`const stamp = new Date().toISOString();`)],
    [6, () => {}],
  ])();
}

/** The key the next call uses: an id taken from the previous record, or the function's id. */
function nextInputs(g, noun, previous, key) {
  const nextNoun = g.rng.chance(0.5) ? noun : g.rng.pick(NOUNS);
  const nextKey = previous && g.rng.chance(0.6) ? `${previous}.${nextNoun}Id` : key;
  return { noun: nextNoun, key: nextKey, data: previous || `{ id: ${key} }` };
}

/** 2-4 nested error-first calls ending in `cb(null, ...)`: the core of callback hell. */
function nestedChain(g, { noun, key, depth, cbName, scope, finish }) {
  let inputs = { noun, key, data: `{ id: ${key} }` };
  const step = (level, previous) => {
    if (level === depth) return finish(previous);
    const op = pickOperation(g, inputs);
    errorFirstCall(g, op, cbName, scope, (result) => {
      if (level < depth - 1) interlude(g, result, inputs.noun, cbName);
      inputs = nextInputs(g, inputs.noun, result, key);
      step(level + 1, result || previous);
    });
  };
  step(0, null);
}

function tsRecordType(g, noun) {
  if (!g.ts) return;
  const name = capitalize(noun);
  if (g.names.has(name)) return;
  g.names.add(name);
  g.useTypes('Row', 'Callback');
  g.w.block(`export interface ${name} extends Row {`, () => {
    g.w.line(`${noun}Id?: string;`);
    g.w.line('status?: string;');
    g.w.line('total?: number;');
  });
  g.w.line();
}

/** An exported or private `function verbNoun(id, cb)`; returns its name. */
function callbackFunction(g, { verb, noun, arg = 'id', exported, body }) {
  tsRecordType(g, noun);
  const name = g.uniqueName(verb + capitalize(arg === 'list' ? plural(noun) : noun));
  const param = arg === 'list' ? ['ids', 'string[]'] : ['id', 'string'];
  g.func(name, [param, ['cb', `Callback<${capitalize(noun)}${arg === 'list' ? '[]' : ''}>`]], 'void', body, exported);
  if (exported) g.exports.push({ name, kind: 'cb', arg, noun });
  // `exports.x = function x() {}` binds `x` only inside itself: same-file callers use exports.x.
  const callee = exported && g.inlineExports ? `exports.${name}` : name;
  g.localCallbackFns.push({ name, callee, noun, arg });
  return name;
}

// ---------------------------------------------------------------------------------------------
// Templates for service modules: each writes one or two top-level declarations.

const SERVICE_TEMPLATES = [
  [30, function nestedCallbacks(g) {
    const noun = g.rng.pick(NOUNS);
    callbackFunction(g, {
      verb: g.rng.pick(VERBS),
      noun,
      exported: g.rng.chance(0.75),
      body: () => {
        nestedChain(g, {
          noun,
          key: 'id',
          depth: g.rng.int(2, 4),
          cbName: 'cb',
          scope: new Set(['id', 'cb']),
          finish: (last) => g.w.line(last ? `cb(null, ${last});` : 'cb(null, { id: id });'),
        });
        if (g.rng.chance(0.1)) g.w.line(`${requireInfra(g, 'logger')}.debug(${g.q(`${noun} requested`)}, id);`);
      },
    });
  }],
  [10, function delegatingWrapper(g) {
    const noun = g.rng.pick(NOUNS);
    callbackFunction(g, {
      verb: 'get',
      noun,
      exported: true,
      body: () => {
        const op = pickOperation(g, { noun, key: 'id', data: '{ id: id }' });
        g.w.line(`${g.rng.chance(0.5) ? 'return ' : ''}${op.call}, cb);`);
      },
    });
  }],
  [8, function promiseChain(g) {
    const noun = g.rng.pick(NOUNS);
    const name = g.uniqueName(`fetch${capitalize(noun)}Summary`);
    const http = requireInfra(g, 'http');
    const promiseDeps = g.plan.deps.flatMap((dep) => dep.exports.filter((e) => e.kind === 'promise').map((e) => ({ dep, e })));
    g.func(name, [['id', 'string']], 'Promise<object>', () => {
      g.w.line(`return ${http}.getJsonAsync(${g.q(`/api/${plural(noun)}/`)} + id)`);
      g.w.indented(() => {
        g.w.block(`.then(${g.fn(['body'])}`, () => {
          if (promiseDeps.length && g.rng.chance(0.6)) {
            const { dep, e } = g.rng.pick(promiseDeps);
            g.w.line(`return ${g.use(dep.alias, dep.specifier)}.${e.name}(body.id);`);
          } else {
            g.w.line(`return { id: id, status: body.status || ${g.q('unknown')} };`);
          }
        }, '})');
        g.w.block(`.then(${g.fn(['summary'])}`, () => {
          g.w.line(`${requireInfra(g, 'logger')}.info(${g.q(`${noun} summary ready`)}, id);`);
          g.w.line('return summary;');
        }, '})');
        g.w.block(`.catch(${g.fn(['err'])}`, () => {
          g.w.line(`${requireInfra(g, 'logger')}.warn(${g.q(`${noun} summary failed`)}, err);`);
          g.w.line('throw err;');
        }, '});');
      });
    }, true);
    g.exportAs(name, 'promise');
  }],
  [5, function promiseWrapper(g) {
    const noun = g.rng.pick(NOUNS);
    const name = g.uniqueName(`load${capitalize(noun)}Async`);
    g.useTypes('Row');
    g.func(name, [['id', 'string']], 'Promise<Row>', () => {
      g.w.block(`return new Promise(${g.fn(['resolve', 'reject'])}`, () => {
        const op = g.rng.weighted(INFRA_OPERATIONS.slice(0, 2))(g, { noun, key: 'id' });
        g.w.block(`${op.call}, ${g.fn(['err', op.result])}`, () => {
          g.w.line('if (err) return reject(err);');
          g.w.line(`resolve(${op.result});`);
        }, '});');
      }, '});');
    }, true);
    g.exportAs(name, 'promise');
  }],
  [6, function waterfall(g) {
    const noun = g.rng.pick(NOUNS);
    callbackFunction(g, {
      verb: g.rng.pick(VERBS),
      noun,
      exported: true,
      body: () => {
        const async = requireInfra(g, 'async');
        const steps = g.rng.int(2, 4);
        g.w.open(`${async}.waterfall([`);
        let carried = [];
        for (let i = 0; i < steps; i++) {
          const op = pickOperation(g, { noun, key: carried.length ? `${carried[0]}.id` : 'id', data: carried[0] || '{ id: id }' });
          const result = op.result && !carried.includes(op.result) ? op.result : null;
          g.w.block(`${g.fn([...carried, 'next'])}`, () => {
            if (!carried.length && result) {
              g.w.line(`${op.call}, next);`);
            } else {
              g.w.block(`${op.call}, ${g.fn(result ? ['err', result] : ['err'])}`, () => {
                g.w.line('if (err) return next(err);');
                g.w.line(`next(${['null', ...carried, ...(result ? [result] : [])].join(', ')});`);
              }, '});');
            }
          }, i === steps - 1 ? '}' : '},');
          if (result) carried = [...carried, result];
        }
        g.w.close('], cb);');
      },
    });
  }],
  [6, function sequentialLoop(g) {
    const noun = g.rng.pick(NOUNS);
    callbackFunction(g, {
      verb: 'save',
      noun,
      arg: 'list',
      exported: g.rng.chance(0.7),
      body: () => {
        const db = requireInfra(g, 'db');
        g.w.line(`const saved${g.type(': Row[]')} = [];`);
        g.w.block(`function next(i${g.type(': number')})${g.type(': void')} {`, () => {
          g.w.line('if (i >= ids.length) return cb(null, saved);');
          g.w.block(`${db}.save(${g.q(plural(noun))}, { id: ids[i] }, ${g.fn(['err', 'row'])}`, () => {
            g.w.line('if (err) return cb(err);');
            g.w.line('saved.push(row);');
            g.w.line('next(i + 1);');
          }, '});');
        });
        g.w.line('next(0);');
      },
    });
  }],
  [4, function counterFanOut(g) {
    const noun = g.rng.pick(NOUNS);
    callbackFunction(g, {
      verb: 'load',
      noun,
      arg: 'list',
      exported: true,
      body: () => {
        g.w.line(`const results${g.type(': Row[]')} = new Array(ids.length);`);
        g.w.line('let pending = ids.length;');
        g.w.line('let failed = false;');
        g.w.line('if (pending === 0) return cb(null, results);');
        g.w.block(`ids.forEach(${g.fn(['id', 'i'])}`, () => {
          const op = pickOperation(g, { noun, key: 'id', data: '{ id: id }' });
          g.w.block(`${op.call}, ${g.fn(['err', 'value'])}`, () => {
            g.w.line('if (failed) return;');
            g.w.block('if (err) {', () => {
              g.w.line('failed = true;');
              g.w.line('return cb(err);');
            });
            g.w.line('results[i] = value;');
            g.w.line('if (--pending === 0) cb(null, results);');
          }, '});');
        }, '});');
      },
    });
  }],
  [12, function syncHelpers(g) {
    g.rng.weighted(SYNC_TEMPLATES)(g);
  }],
  [5, function repositoryClass(g) {
    const noun = g.rng.pick(NOUNS);
    const name = g.uniqueName(`${capitalize(noun)}Repository`);
    const db = requireInfra(g, 'db');
    g.w.block(`${g.ts ? 'export ' : ''}class ${name} {`, () => {
      if (g.ts) {
        g.w.line('private table: string;');
        g.w.line('hits = 0;');
        g.w.line();
      }
      g.w.block(`constructor(table${g.type(': string')}) {`, () => {
        g.w.line('this.table = table;');
        if (!g.ts) g.w.line('this.hits = 0;');
      });
      g.w.line();
      g.w.block(`findById(id${g.type(': string')}, cb${g.type(': Callback<Row>')})${g.type(': void')} {`, () => {
        g.w.line('const self = this;');
        g.w.block(`${db}.get(this.table, id, function (err, row) {`, () => {
          g.w.line('if (err) return cb(err);');
          g.w.line('self.hits++;');
          g.w.line('cb(null, row);');
        }, '});');
      });
      g.w.line();
      g.w.block(`findAll(cb${g.type(': Callback<Row[]>')})${g.type(': void')} {`, () => {
        g.w.line(`${db}.query(${g.q('SELECT * FROM ')} + this.table, [], cb);`);
      });
    });
    g.w.line();
    g.useTypes('Callback', 'Row');
    if (!g.ts) g.exportAs(name, 'class');
  }],
  [4, function streamEvents(g) {
    const noun = g.rng.pick(NOUNS);
    const name = g.uniqueName(`count${capitalize(noun)}Lines`);
    const fs = requireInfra(g, 'fs');
    g.func(name, [['file', 'string'], ['cb', 'Callback<number>']], 'void', () => {
      g.useTypes('Callback');
      g.w.line('let count = 0;');
      g.w.line(`const stream = ${fs}.createReadStream(file, { encoding: ${g.q('utf8')} });`);
      g.w.block(`stream.on(${g.q('data')}, ${g.fn([`chunk${g.type(': string | Buffer')}`])}`, () => {
        g.w.line(`count += String(chunk).split(${g.q('\\n')}).length - 1;`);
      }, '});');
      g.w.line(`stream.on(${g.q('error')}, cb);`);
      g.w.block(`stream.on(${g.q('end')}, ${g.fn([])}`, () => g.w.line('cb(null, count);'), '});');
    }, g.rng.chance(0.5));
  }],
  [4, function retryWithTimer(g) {
    const name = g.uniqueName('withRetry');
    const fnType = '(done: Callback<unknown>) => void';
    g.func(name, [['task', fnType], ['times', 'number'], ['cb', 'Callback<unknown>']], 'void', () => {
      g.useTypes('Callback');
      g.w.block(`task(${g.fn(['err', 'result'])}`, () => {
        g.w.block('if (err && times > 0) {', () => {
          g.w.line(`return setTimeout(${g.fn([])} ${name}(task, times - 1, cb); }, 50);`);
        });
        g.w.line('cb(err, result);');
      }, '});');
    }, false);
  }],
  [3, function headlineHandle(g) {
    const noun = g.rng.pick(NOUNS);
    callbackFunction(g, {
      verb: 'handle',
      noun,
      exported: true,
      body: () => {
        const db = requireInfra(g, 'db');
        const queue = requireInfra(g, 'queue');
        const cache = requireInfra(g, 'cache');
        g.w.block(`${db}.get(${g.q('subjects')}, id, ${g.fn(['err', 'subject'])}`, () => {
          g.w.line('if (err) return cb(err);');
          g.w.block(`${db}.get(${g.q('purchases')}, subject.buyId, ${g.fn(['err', 'buyInfo'])}`, () => {
            g.w.line('if (err) return cb(err);');
            g.w.line(`const change = { id: subject.id, total: buyInfo.total, at: Date.now() };`);
            g.w.block(`${queue}.push({ type: ${g.q(`${noun}.bought`)}, change: change }, ${g.fn(['err'])}`, () => {
              g.w.line('if (err) return cb(err);');
              g.w.block(`setImmediate(${g.fn([])}`, () => {
                g.w.line(`${cache}.del(${g.q(`${noun}:`)} + id, ${g.fn([])} });`);
              }, '});');
              g.w.line('cb(null, change);');
            }, '});');
          }, '});');
        }, '});');
      },
    });
  }],
];

// Synchronous code: nothing to convert. Also the whole body of utility modules.
const SYNC_TEMPLATES = [
  [3, function formatter(g) {
    const noun = g.rng.pick(NOUNS);
    const name = g.uniqueName(`format${capitalize(noun)}`);
    g.func(name, [[noun, 'any']], 'string', () => {
      g.w.line(`if (!${noun}) return ${g.q('')};`);
      g.w.line(`const parts = [${noun}.id, ${noun}.status || ${g.q('new')}];`);
      g.w.line(`if (${noun}.total != null) parts.push(${noun}.total.toFixed(2));`);
      g.w.line(`return parts.join(${g.q(' / ')});`);
    }, true);
    g.exportAs(name, 'sync');
  }],
  [3, function validator(g) {
    const noun = g.rng.pick(NOUNS);
    const name = g.uniqueName(`validate${capitalize(noun)}`);
    const fields = g.rng.sample(['id', 'name', 'status', 'ownerId', 'createdAt', 'total', 'currency'], g.rng.int(2, 5));
    g.func(name, [[noun, 'any']], 'string[]', () => {
      g.w.line(`const errors${g.type(': string[]')} = [];`);
      g.w.block(`[${fields.map((f) => g.q(f)).join(', ')}].forEach(${g.fn(['field'])}`, () => {
        g.w.line(`if (${noun}[field] == null) errors.push(field + ${g.q(' is required')});`);
      }, '});');
      g.w.line('return errors;');
    }, true);
    g.exportAs(name, 'sync');
  }],
  [2, function totals(g) {
    const name = g.uniqueName('totalOf');
    g.func(name, [['items', 'Array<{ price: number; qty: number }>']], 'number', () => {
      g.w.line('return items');
      g.w.indented(() => {
        g.w.line(`.map(${g.fn(['item'])} return item.price * item.qty; })`);
        g.w.line(`.reduce(${g.fn(['sum', 'n'])} return sum + n; }, 0);`);
      });
    }, true);
    g.exportAs(name, 'sync');
  }],
  [2, function constants(g) {
    const noun = g.rng.pick(NOUNS);
    const name = g.uniqueName(`${noun.toUpperCase()}_STATUSES`);
    const statuses = g.rng.sample(['new', 'pending', 'active', 'paid', 'shipped', 'closed', 'failed', 'archived'], g.rng.int(3, 6));
    g.w.block(`${g.ts ? 'export ' : ''}const ${name} = Object.freeze({`, () => {
      for (const s of statuses) g.w.line(`${s.toUpperCase()}: ${g.q(s)},`);
    }, '});');
    g.w.line();
    if (!g.ts) g.exportAs(name, 'value');
  }],
  [2, function grouping(g) {
    const name = g.uniqueName('groupBy');
    g.func(name, [['rows', 'any[]'], ['field', 'string']], 'Record<string, any[]>', () => {
      g.w.line(`const groups${g.type(': Record<string, any[]>')} = {};`);
      g.w.block('for (const row of rows) {', () => {
        g.w.line(`const k = String(row[field]);`);
        g.w.line('(groups[k] = groups[k] || []).push(row);');
      });
      g.w.line('return groups;');
    }, true);
    g.exportAs(name, 'sync');
  }],
];

// ---------------------------------------------------------------------------------------------
// Test templates (mocha, `done` callbacks), by the kind of export under test. Each gets the
// module's local name, the export, and a case id that keeps test names distinct.

const TEST_TEMPLATES = {
  cb: [
    [5, function itWithDone(g, target, fn, caseId) {
      g.w.block(`it(${g.q(`calls back with a result for ${caseId}`)}, function (done) {`, () => {
        g.w.block(`${target}.${fn.name}(${argFor(fn, g.q(caseId))}, ${g.fn(['err', 'result'])}`, () => {
          g.w.line('if (err) return done(err);');
          g.w.line(`${requireInfra(g, 'assert')}.ok(result);`);
          g.w.line('done();');
        }, '});');
      }, '});');
    }],
    [2, function itAfterSave(g, target, fn, caseId) {
      const db = requireInfra(g, 'db');
      g.w.block(`it(${g.q(`works after a save of ${caseId}`)}, function (done) {`, () => {
        g.w.block(`${db}.save(${g.q('fixtures')}, { id: ${g.q(caseId)} }, ${g.fn(['err'])}`, () => {
          g.w.line('if (err) return done(err);');
          g.w.block(`${target}.${fn.name}(${argFor(fn, g.q(caseId))}, ${g.fn(['err', 'result'])}`, () => {
            g.w.line('if (err) throw err;');
            g.w.line(`${requireInfra(g, 'assert')}.notStrictEqual(result, undefined);`);
            g.w.line('done();');
          }, '});');
        }, '});');
      }, '});');
    }],
    [2, function itReportsError(g, target, fn, caseId) {
      g.w.block(`it(${g.q(`reports a missing id (${caseId})`)}, function (done) {`, () => {
        g.w.block(`${target}.${fn.name}(${argFor(fn, g.q('missing'))}, ${g.fn(['err'])}`, () => {
          g.w.line(`${requireInfra(g, 'assert')}.ok(err instanceof Error);`);
          g.w.line('done();');
        }, '});');
      }, '});');
    }],
  ],
  promise: [
    [1, function itReturnsPromise(g, target, fn, caseId) {
      g.w.block(`it(${g.q(`resolves for ${caseId}`)}, function () {`, () => {
        g.w.block(`return ${target}.${fn.name}(${g.q(caseId)}).then(${g.fn(['value'])}`, () => {
          g.w.line(`${requireInfra(g, 'assert')}.ok(value);`);
        }, '});');
      }, '});');
    }],
  ],
  sync: [
    [1, function itSync(g, target, fn, caseId) {
      g.w.block(`it(${g.q(`returns a value for ${caseId}`)}, function () {`, () => {
        g.w.line(`${requireInfra(g, 'assert')}.notStrictEqual(${target}.${fn.name}({ id: ${g.q(caseId)}, items: [] }), undefined);`);
      }, '});');
    }],
  ],
};

// ---------------------------------------------------------------------------------------------
// Files

/** Requires (JS) or imports (TS), written after the body so only what is used is required. */
function writeHeader(g) {
  const lines = [];
  if (!g.ts) lines.push(`${g.q('use strict')};`, '');
  for (const [specifier, local] of g.requires) {
    if (g.ts) lines.push(`import * as ${local} from ${g.q(specifier)};`);
    else lines.push(`const ${local} = require(${g.q(specifier)});`);
  }
  if (g.typeImports.size) lines.push(`import { ${[...g.typeImports].sort().join(', ')} } from ${g.q('../../lib/types')};`);
  lines.push('');
  return lines;
}

/** JS only (TS exports inline). Inline-export files still export classes and constants here. */
function writeExportsFooter(g) {
  if (g.ts || !g.exports.length) return [];
  if (!g.inlineExports) return ['module.exports = {', ...g.exports.map((e) => `${g.w.unit}${e.name},`), '};'];
  return g.exports.filter((e) => e.kind === 'class' || e.kind === 'value').map((e) => `exports.${e.name} = ${e.name};`);
}

function renderService(g) {
  const templates = g.plan.role === 'util' ? SYNC_TEMPLATES : SERVICE_TEMPLATES;
  while (g.w.lineCount < g.plan.targetLines) g.rng.weighted(templates)(g);
  return [...writeHeader(g), ...g.w.lines, ...writeExportsFooter(g)];
}

/** One `describe` per export under test, each filled with `it` blocks up to its share of lines. */
function renderTest(g) {
  const target = g.plan.target;
  const alias = g.use(target.alias, target.specifier);
  const fns = target.exports.filter((e) => e.kind in TEST_TEMPLATES);
  const linesPerSuite = Math.max(8, Math.ceil(g.plan.targetLines / fns.length));
  let caseNumber = 0;
  g.w.block(`describe(${g.q(target.relPath)}, function () {`, () => {
    g.w.block(`beforeEach(function (done) {`, () => g.w.line(`${requireInfra(g, 'db')}.reset(done);`), '});');
    for (const fn of fns) {
      if (g.w.lineCount >= g.plan.targetLines) break;
      const suiteEnd = g.w.lineCount + linesPerSuite;
      g.w.line();
      g.w.block(`describe(${g.q(fn.name)}, function () {`, () => {
        do {
          if (caseNumber > 0) g.w.line();
          g.rng.weighted(TEST_TEMPLATES[fn.kind])(g, alias, fn, `id-${++caseNumber}`);
        } while (g.w.lineCount < suiteEnd);
      }, '});');
      caseNumber = 0;
    }
  }, '});');
  return [...writeHeader(g), ...g.w.lines];
}

// Fixed infrastructure every service builds on: fake error-first APIs, written once.
const INFRA_FILES = {
  'lib/db.js': `'use strict';
// An in-memory database with the error-first callback API legacy drivers had.
const tables = new Map();

function table(name) {
  if (!tables.has(name)) tables.set(name, new Map());
  return tables.get(name);
}

function later(cb, err, value) {
  setImmediate(function () {
    cb(err, value);
  });
}

exports.get = function get(name, id, cb) {
  const row = table(name).get(id);
  if (id === 'missing') return later(cb, new Error(name + ' ' + id + ' not found'));
  later(cb, null, row || { id: id, buyId: id, total: 0 });
};

exports.query = function query(sql, params, cb) {
  later(cb, null, Array.from(table(sql.split(' ')[3] || 'rows').values()));
};

exports.save = function save(name, row, cb) {
  table(name).set(row.id, row);
  later(cb, null, row);
};

exports.remove = function remove(name, id, cb) {
  table(name).delete(id);
  later(cb, null);
};

exports.reset = function reset(cb) {
  tables.clear();
  later(cb, null);
};
`,
  'lib/http-client.js': `'use strict';
// A fake HTTP client: error-first callbacks, plus one promise-returning method.
function respond(url, cb) {
  setImmediate(function () {
    if (url.indexOf('/missing') !== -1) return cb(new Error('404 ' + url));
    cb(null, { id: url.split('/').pop(), status: 'ok' });
  });
}

exports.getJson = function getJson(url, cb) {
  respond(url, cb);
};

exports.post = function post(url, body, cb) {
  respond(url + '/' + (body && body.id), cb);
};

exports.getJsonAsync = function getJsonAsync(url) {
  return new Promise(function (resolve, reject) {
    respond(url, function (err, body) {
      if (err) return reject(err);
      resolve(body);
    });
  });
};
`,
  'lib/cache.js': `'use strict';
const entries = new Map();

exports.get = function get(key, cb) {
  setImmediate(function () {
    cb(null, entries.get(key));
  });
};

exports.set = function set(key, value, ttl, cb) {
  entries.set(key, value);
  setImmediate(cb);
};

exports.del = function del(key, cb) {
  entries.delete(key);
  setImmediate(cb);
};
`,
  'lib/queue.js': `'use strict';
let nextId = 1;

exports.push = function push(job, cb) {
  const id = nextId++;
  setTimeout(function () {
    cb(null, { id: id, job: job });
  }, 1);
};
`,
  'lib/logger.js': `'use strict';
const quiet = process.env.LOG_LEVEL === 'silent';

function log(level, args) {
  if (quiet) return;
  console.log('[' + level + ']', ...args);
}

exports.debug = function debug(...args) { log('debug', args); };
exports.info = function info(...args) { log('info', args); };
exports.warn = function warn(...args) { log('warn', args); };
`,
  'lib/types.ts': `export type Callback<T = unknown> = (err: Error | null, result?: T) => void;

export interface Row {
  id: string;
  [field: string]: any;
}
`,
};

// ---------------------------------------------------------------------------------------------
// Planning: what file i is, from the files before it

function planFile(rng, index, earlier, usedPaths) {
  const modules = earlier.filter((f) => f.role !== 'test' && f.role !== 'infra');
  const testable = modules.filter((f) => f.role === 'service' && !f.tested && f.exports.some((e) => e.kind === 'cb'));
  const role = rng.weighted([
    [testable.length ? 18 : 0, 'test'],
    [10, 'util'],
    [72, 'service'],
  ]);
  if (role === 'test') {
    const target = rng.pick(testable);
    target.tested = true;
    const base = path.posix.basename(target.relPath).replace(/\.\w+$/, '');
    const relPath = uniquePath(usedPaths, `test/${target.area}/${base}.test`, target.lang);
    return { index, role, lang: target.lang, area: target.area, relPath, target: linkTo(relPath, target), targetLines: sizeOf(rng) };
  }
  const lang = rng.chance(0.25) ? 'ts' : 'js';
  const area = rng.pick(AREAS);
  const relPath = uniquePath(usedPaths, `src/${area}/${rng.pick(NOUNS)}-${role === 'util' ? 'utils' : rng.pick(ROLES)}`, lang);
  // JavaScript only requires JavaScript; TypeScript may import either (a repo mid-migration).
  const candidates = modules.filter((f) => (lang === 'ts' || f.lang === 'js') && f.exports.length);
  const sameArea = candidates.filter((f) => f.area === area);
  const deps = role === 'util' ? [] : rng.sample(sameArea.length >= 2 ? sameArea : candidates, rng.int(0, 4));
  return { index, role, lang, area, relPath, deps: deps.map((d) => linkTo(relPath, d)), targetLines: sizeOf(rng) };
}

function uniquePath(usedPaths, stem, lang) {
  let candidate = stem;
  for (let n = 2; usedPaths.has(candidate); n++) candidate = `${stem}-${n}`;
  usedPaths.add(candidate);
  return `${candidate}.${lang}`;
}

function sizeOf(rng) {
  const [min, max] = rng.weighted(SIZE_BANDS);
  return rng.int(min, max);
}

/** How `fromPath` refers to `module`: a relative specifier and a local name. */
function linkTo(fromPath, module) {
  let specifier = path.posix.relative(path.posix.dirname(fromPath), module.relPath).replace(/\.\w+$/, '');
  if (!specifier.startsWith('.')) specifier = './' + specifier;
  const alias = camel(path.posix.basename(module.relPath).replace(/\.\w+$/, '').replace(/[-.]\d+$|\.test$/g, ''));
  return { ...module, specifier, alias };
}

function renderFile(rng, plan) {
  const g = new FileContext(rng, { ...plan, deps: plan.deps || [] });
  const text = (plan.role === 'test' ? renderTest(g) : renderService(g)).join('\n');
  return { text: text.replace(/\n{3,}/g, '\n\n').trimEnd() + '\n', exports: g.exports };
}

// ---------------------------------------------------------------------------------------------
// The corpus

/**
 * Writes `files` files under `dir` (replacing what was there) and a manifest; returns it.
 */
function generateCorpus({ dir = DEFAULTS.dir, files = DEFAULTS.files, seed = DEFAULTS.seed } = {}) {
  fs.rmSync(dir, { recursive: true, force: true });
  const stats = { files: 0, loc: 0, js: 0, ts: 0, tests: 0, utils: 0 };
  const write = (relPath, text) => {
    const full = path.join(dir, relPath);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    stats.files++;
    stats.loc += text.split('\n').length - 1;
    stats[relPath.endsWith('.ts') ? 'ts' : 'js']++;
  };

  const infra = Object.entries(INFRA_FILES).slice(0, files);
  for (const [relPath, text] of infra) write(relPath, text);

  const earlier = [];
  const usedPaths = new Set();
  for (let index = infra.length; index < files; index++) {
    const rng = new Random(seed, index);
    const plan = planFile(rng, index, earlier, usedPaths);
    const { text, exports } = renderFile(rng, plan);
    write(plan.relPath, text);
    if (plan.role === 'test') stats.tests++;
    if (plan.role === 'util') stats.utils++;
    earlier.push({ role: plan.role, lang: plan.lang, area: plan.area, relPath: plan.relPath, exports });
  }

  const manifest = { generatorVersion: GENERATOR_VERSION, seed, ...stats };
  fs.writeFileSync(path.join(dir, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

/** The manifest of the corpus in `dir` when it matches this generator and these options. */
function existingCorpus({ dir = DEFAULTS.dir, files = DEFAULTS.files, seed = DEFAULTS.seed } = {}) {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8'));
    const current = manifest.generatorVersion === GENERATOR_VERSION && manifest.seed === seed && manifest.files === files;
    return current ? manifest : null;
  } catch {
    return null;
  }
}

function parseArgs(argv) {
  const options = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--files') options.files = Number(argv[++i]);
    else if (argv[i] === '--seed') options.seed = Number(argv[++i]);
    else if (argv[i] === '--help') options.help = true;
    else options.dir = argv[i];
  }
  return options;
}

if (require.main === module) {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log('usage: node scripts/gen-corpus.js [outDir=.bench/corpus] [--files N=2000] [--seed S]');
    process.exit(0);
  }
  const manifest = generateCorpus(options);
  console.log(`${options.dir}: ${manifest.files} files (${manifest.js} js, ${manifest.ts} ts, ${manifest.tests} tests, ${manifest.utils} utils), ${manifest.loc} lines`);
}

module.exports = { generateCorpus, existingCorpus, GENERATOR_VERSION, DEFAULTS, MANIFEST };
