#!/usr/bin/env node
/**
 * Wall time before and after the parallel transform, with simulated I/O latency: each case is
 * transformed by the built default pipeline (dist/), then the input and the output run against
 * fake async modules whose calls take a fixed real time. Prints both times and their ratio.
 *
 *   npm run bench:parallel            # build, then this script
 *   node scripts/bench-parallel.js --latency 40
 */
'use strict';
const path = require('path');
const Module = require('module');
const { transform } = require('../dist/index.js');

const latencyArg = process.argv.indexOf('--latency');
const LATENCY_MS = latencyArg > 0 ? Number(process.argv[latencyArg + 1]) : 25;

const CASES = [
  {
    name: 'headline handle(id) (db.getSubject + db.getBuyInfo, then notify)',
    options: {},
    entry: (m) => m.handle(7),
    source: `const db = require('./db');
const events = require('./events');

function handle(id, cb) {
  db.getSubject(id, (err, subject) => {
    if (err) return cb(err);
    db.getBuyInfo(id, (err, buyInfo) => {
      if (err) return cb(err);
      const change = { subject: subject.id, buyInfo: buyInfo.id };
      events.notifyChange(change, (err) => {
        if (err) return cb(err);
        cb(null, change);
      });
    });
  });
}
module.exports = { handle };
`,
  },
  {
    name: 'dashboard page (profile, orders, friends, unread count)',
    options: {},
    entry: (m) => m.dashboard(7),
    source: `const users = require('./users');

async function dashboard(id) {
  const profile = await users.getProfile(id);
  const orders = await users.listOrders(id);
  const friends = await users.findFriends(id);
  const unread = await users.getUnreadCount(id);
  return { profile, orders, friends, unread };
}
module.exports = { dashboard };
`,
  },
  {
    name: 'config loader (3 files read with nested fs callbacks)',
    options: {},
    entry: (m) => m.readConfig(),
    source: `const fs = require('fs');

function readConfig(cb) {
  fs.readFile('defaults.json', 'utf8', (err, defaults) => {
    if (err) return cb(err);
    fs.readFile('local.json', 'utf8', (err, local) => {
      if (err) return cb(err);
      fs.readFile('secrets.json', 'utf8', (err, secrets) => {
        if (err) return cb(err);
        cb(null, { defaults, local, secrets });
      });
    });
  });
}
module.exports = { readConfig };
`,
  },
  {
    name: 'plugin loader (a for…of loop awaiting 10 loads, --parallel aggressive)',
    options: { parallel: 'aggressive' },
    entry: (m) => m.loadAll(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']),
    source: `const plugins = require('./plugins');

async function loadAll(names) {
  const loaded = [];
  for (const name of names) loaded.push(await plugins.load(name));
  return loaded;
}
module.exports = { loadAll };
`,
  },
];

/** A library module whose every method takes LATENCY_MS, called back or as a promise. */
function fakeLibrary(name) {
  return new Proxy({}, {
    get: (_, method) => (...args) => {
      const cb = typeof args[args.length - 1] === 'function' ? args.pop() : null;
      const result = { id: args[0], from: `${name}.${String(method)}` };
      if (cb) return void setTimeout(() => cb(null, result), LATENCY_MS);
      return new Promise((resolve) => setTimeout(() => resolve(result), LATENCY_MS));
    },
  });
}

const fakeFs = {
  readFile: (file, enc, cb) => setTimeout(() => cb(null, `{"file": "${file}"}`), LATENCY_MS),
  promises: { readFile: (file) => new Promise((resolve) => setTimeout(() => resolve(`{"file": "${file}"}`), LATENCY_MS)) },
};

/** Loads `code` as a CommonJS module with the fakes in place of its requires. */
function load(code, filename) {
  const m = new Module(filename);
  m.filename = filename;
  m.paths = [];
  const require = (id) => {
    if (id.startsWith('./')) return fakeLibrary(path.basename(id));
    if (id === 'fs') return fakeFs;
    if (id === 'fs/promises') return fakeFs.promises;
    return Module.createRequire(__filename)(id);
  };
  new Function('module', 'exports', 'require', code)(m, m.exports, require);
  return m.exports;
}

async function time(run, times = 5) {
  let best = Infinity;
  for (let i = 0; i < times; i += 1) {
    const start = process.hrtime.bigint();
    await run();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

async function main() {
  console.log(`simulated latency per call: ${LATENCY_MS} ms (best of 5 runs)\n`);
  const rows = [];
  for (const c of CASES) {
    const sequential = await transform(c.source, { filename: 'case.js', prettier: false, config: false, parallel: 'off' });
    const parallel = await transform(c.source, { filename: 'case.js', prettier: false, config: false, ...c.options });
    const notes = parallel.sites.filter((s) => s.transform === 'parallel' && s.kind === 'note').length;
    const before = await time(() => c.entry(load(sequential.code, 'before.js')));
    const after = await time(() => c.entry(load(parallel.code, 'after.js')));
    rows.push({ name: c.name, before, after, notes });
  }
  for (const row of rows) {
    console.log(`${row.name}\n  before ${row.before.toFixed(1)} ms   after ${row.after.toFixed(1)} ms   ratio ${(row.before / row.after).toFixed(2)}x faster   (${row.notes} note${row.notes === 1 ? '' : 's'})`);
  }
  if (rows.some((row) => row.notes === 0)) {
    console.error('\na case was not parallelized');
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
