/**
 * Cross-file migrations through the built CLI, end to end. Each case is a small multi-file project
 * under `app/` with a driver script beside it (outside the migrated tree, like code that imports
 * the project): the driver runs the project on fake data before and after `awaitify .`, and must
 * print the same thing, error paths included. Then a second run must change nothing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { FileReport, RunReport } from '../engine/report';
import { ROOT, buildOnce, readFile, removeTempProjects, runCli, tempProject } from './helpers/run-cli';

beforeAll(buildOnce);
afterAll(removeTempProjects);

// ---------------------------------------------------------------------------------------------
// The projects

/** Fake records: item 1's parent exists, item 2's parent (42) does not, item 3 does not exist. */
const DATA = {
  'app/data/0.json': '{ "name": "root", "parent": 0 }\n',
  'app/data/1.json': '{ "name": "apple", "parent": 0 }\n',
  'app/data/2.json': '{ "name": "pear", "parent": 42 }\n',
};

/** db -> service -> index, each a function with a trailing error-first callback. */
const CHAIN_CJS = {
  'app/db.js': `const fs = require('fs');
const path = require('path');

function load(id, cb) {
  fs.readFile(path.join(__dirname, 'data', id + '.json'), 'utf8', function (err, text) {
    if (err) return cb(err);
    cb(null, JSON.parse(text));
  });
}

module.exports = { load };
`,
  'app/service.js': `const db = require('./db');

function show(id, cb) {
  db.load(id, function (err, item) {
    if (err) return cb(err);
    db.load(item.parent, function (err, parent) {
      if (err) return cb(err);
      cb(null, item.name + ' in ' + parent.name);
    });
  });
}

module.exports = { show };
`,
  'app/index.js': `const service = require('./service');

function describe(id, cb) {
  service.show(id, function (err, text) {
    if (err) return cb(err);
    cb(null, 'item ' + id + ': ' + text);
  });
}

module.exports = { describe };
`,
};

const CHAIN_ESM = {
  'app/db.mjs': `import fs from 'fs';

export function load(id, cb) {
  fs.readFile(new URL('./data/' + id + '.json', import.meta.url), 'utf8', function (err, text) {
    if (err) return cb(err);
    cb(null, JSON.parse(text));
  });
}
`,
  'app/service.mjs': `import { load } from './db.mjs';

export function show(id, cb) {
  load(id, function (err, item) {
    if (err) return cb(err);
    load(item.parent, function (err, parent) {
      if (err) return cb(err);
      cb(null, item.name + ' in ' + parent.name);
    });
  });
}
`,
  'app/index.mjs': `import * as service from './service.mjs';

export function describe(id, cb) {
  service.show(id, function (err, text) {
    if (err) return cb(err);
    cb(null, 'item ' + id + ': ' + text);
  });
}
`,
};

const CHAIN_TS = {
  'app/db.ts': `import fs from 'fs';
import path from 'path';

export interface Item {
  name: string;
  parent: number;
}

export function load(id: number, cb: (err: NodeJS.ErrnoException | null, item?: Item) => void): void {
  fs.readFile(path.join(__dirname, 'data', id + '.json'), 'utf8', (err, text) => {
    if (err) return cb(err);
    cb(null, JSON.parse(text) as Item);
  });
}
`,
  'app/service.ts': `import { load, type Item } from './db';

export function show(id: number, cb: (err: Error | null, text?: string) => void): void {
  load(id, (err, item) => {
    if (err) return cb(err);
    load(item!.parent, (err, parent) => {
      if (err) return cb(err);
      cb(null, item!.name + ' in ' + (parent as Item).name);
    });
  });
}
`,
  'app/index.ts': `import * as service from './service';

export function describe(id: number, cb: (err: Error | null, text?: string) => void): void {
  service.show(id, (err, text) => {
    if (err) return cb(err);
    cb(null, 'item ' + id + ': ' + text);
  });
}
`,
};

/** What every chain variant prints, before and after. */
const CHAIN_OUTPUT = `describe(1) -> item 1: apple in root
describe(2) -> error ENOENT 42.json
describe(3) -> error ENOENT 3.json
`;

/**
 * A driver that calls `fn` of `entry` once per argument list, in sequence, and prints each result
 * or error code, then runs `after` (more driver code). It accepts either API, a callback or a
 * returned promise, so the same driver runs the project before and after; it notices a callback
 * called twice or a result given both ways.
 */
function driver(style: 'cjs' | 'esm', entry: string, fn: string, calls: unknown[][], after = ''): string {
  const load = style === 'cjs' ? `const { ${fn} } = require('${entry}');\nconst path = require('path');` : `import { ${fn} } from '${entry}';\nimport path from 'path';`;
  return `${load}
function call(args, done) {
  let settled = false;
  const once = (err, value) => {
    if (settled) return console.log('settled twice');
    settled = true;
    done(err, value);
  };
  const returned = ${fn}(...args, once);
  if (returned && typeof returned.then === 'function') returned.then((value) => once(null, value), once);
}
const calls = ${JSON.stringify(calls)};
(function next(i) {
  if (i === calls.length) return finish();
  call(calls[i], (err, value) => {
    console.log('${fn}(' + calls[i].join(', ') + ') -> ' + (err ? 'error ' + err.code + ' ' + path.basename(err.path || '') : value));
    next(i + 1);
  });
})(0);
function finish() {
  ${after}
}
`;
}

// ---------------------------------------------------------------------------------------------
// Helpers

interface Migrated {
  appDir: string;
  report: RunReport;
  /** app/ before the run: relative path -> content. */
  original: Map<string, string>;
}

/** Writes the project, runs `awaitify . --json` inside app/, and keeps what app/ held before. */
function migrate(files: Record<string, string>): Migrated {
  const dir = tempProject(files);
  const appDir = path.join(dir, 'app');
  const original = readTree(appDir);
  const result = runCli(['.', '--json'], { cwd: appDir });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return { appDir, report: JSON.parse(result.stdout) as RunReport, original };
}

function readTree(dir: string): Map<string, string> {
  const tree = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    tree.set(path.relative(dir, file), fs.readFileSync(file, 'utf8'));
  }
  return tree;
}

/** Runs a script with node; stdout, with stderr and a non-zero exit appended so they show in diffs. */
function runScript(cwd: string, script: string): string {
  const result = spawnSync(process.execPath, [script], { cwd, encoding: 'utf8', timeout: 30_000 });
  if (result.error) throw result.error;
  return result.stdout + result.stderr + (result.status === 0 ? '' : `exit ${result.status}\n`);
}

function fileReport(report: RunReport, file: string): FileReport {
  const found = report.files.find((f) => f.file === file);
  if (!found) throw new Error(`no report for ${file}: ${report.files.map((f) => f.file).join(', ')}`);
  return found;
}

/** The report lines of one file, as `kind code: message`, to match against. */
function siteLines(report: RunReport, file: string): string[] {
  return fileReport(report, file).sites.map((site) => `${site.kind} ${site.code}: ${site.message}`);
}

/** A second run over the output changes nothing, and `--check` agrees. */
function expectSettled(appDir: string): void {
  const before = readTree(appDir);
  const again = runCli(['.', '--json'], { cwd: appDir });
  expect(again.code).toBe(0);
  const report = JSON.parse(again.stdout) as RunReport;
  expect(report.summary.files.changed).toBe(0);
  expect(report.summary.sites.converted).toBe(0);
  expect(readTree(appDir)).toEqual(before);
  const check = runCli(['.', '--check'], { cwd: appDir });
  expect(check.code).toBe(0);
}

// ---------------------------------------------------------------------------------------------

describe('a callback chain across three CommonJS files', () => {
  const files = { ...CHAIN_CJS, ...DATA, 'driver.js': driver('cjs', './app/index', 'describe', [[1], [2], [3]]) };

  test('every function converts and every caller awaits it directly', () => {
    const { appDir, report } = migrate(files);
    expect(report.summary.files).toMatchObject({ changed: 3, failed: 0 });
    expect(report.summary.sites.skipped).toBe(0);

    expect(readFile(appDir, 'db.js')).toContain('async function load(id) {');
    expect(readFile(appDir, 'service.js')).toContain('async function show(id) {');
    expect(readFile(appDir, 'service.js')).toContain('const item = await db.load(id);');
    expect(readFile(appDir, 'service.js')).toContain('const parent = await db.load(item.parent);');
    expect(readFile(appDir, 'index.js')).toContain('async function describe(id) {');
    expect(readFile(appDir, 'index.js')).toContain('const text = await service.show(id);');
    for (const file of ['db.js', 'service.js', 'index.js']) {
      expect(readFile(appDir, file)).not.toMatch(/promisify|callbackApi|\bcb\b/);
    }
    expect(siteLines(report, 'service.js')).toEqual([
      expect.stringMatching(/^converted async-function: show\(…, cb\) became an async function/),
      // show() is exported: callers outside the run (if any) must await it now.
      expect.stringMatching(/^note exported-api-changed: show\(…, cb\) is exported/),
      'converted callback-to-await: callback lifted into await (converted function)',
      'converted callback-to-await: callback lifted into await (converted function)',
    ]);
  });

  test('the project prints the same before and after, error paths included', () => {
    const dir = tempProject(files);
    expect(runScript(dir, 'driver.js')).toBe(CHAIN_OUTPUT);
    expect(runCli(['.'], { cwd: path.join(dir, 'app') }).code).toBe(0);
    expect(readFile(dir, 'app/db.js')).toContain('async function load');
    expect(runScript(dir, 'driver.js')).toBe(CHAIN_OUTPUT);
  });

  test('a second run over the output changes nothing', () => {
    expectSettled(migrate(files).appDir);
  });
});

describe('callers that cannot await keep a callback API', () => {
  const files = {
    'app/svc.js': CHAIN_CJS['app/db.js'],
    'app/data/1.json': DATA['app/data/1.json'],
    'app/routes.js': `const svc = require('./svc');

module.exports = function register(app) {
  app.get('/', function (req, res) {
    svc.load(req.query.id, function (err, item) {
      if (err) return res.send('error ' + err.code);
      res.send('name ' + item.name);
    });
  });
};
`,
    'app/svc.spec.js': `const svc = require('./svc');

it('loads an item', function (done) {
  svc.load(1, function (err, item) {
    if (err) return done(err);
    console.log('spec saw ' + item.name);
    done();
  });
});

it('reports a missing item', function (done) {
  svc.load(99, function (err) {
    console.log('spec saw ' + err.code);
    done();
  });
});
`,
    // A fake express app and a fake mocha \`it\`, run in sequence.
    'driver.js': `const app = { routes: [], get(url, handler) { this.routes.push(handler); } };
require('./app/routes')(app);
const specs = [];
global.it = (name, fn) => specs.push([name, fn]);
require('./app/svc.spec');

function request(id, next) {
  const res = { send: (body) => { console.log('GET /?id=' + id + ' -> ' + body); next(); } };
  app.routes[0]({ query: { id } }, res);
}
function runSpecs(i) {
  if (i === specs.length) return;
  const [name, fn] = specs[i];
  fn((err) => {
    console.log('it ' + name + ': ' + (err ? 'failed' : 'passed'));
    runSpecs(i + 1);
  });
}
request(1, () => request(99, () => runSpecs(0)));
`,
  };
  const OUTPUT = `GET /?id=1 -> name apple
GET /?id=99 -> error ENOENT
spec saw apple
it loads an item: passed
spec saw ENOENT
it reports a missing item: passed
`;

  test('the export converts behind the callbackApi wrapper; its callers stay as they were', () => {
    const { appDir, report, original } = migrate(files);
    const svc = readFile(appDir, 'svc.js');
    expect(svc).toContain('async function load(id) {');
    expect(svc).toContain('function callbackApi(fn, callbackIndex, spreadResults) {');
    expect(svc).toContain('module.exports = { load: callbackApi(load, 1) };');
    expect(siteLines(report, 'svc.js')[0]).toMatch(/^converted async-function: load\(…, cb\) became an async function; it stays callable with a callback \(its caller at .* still passes a callback\)$/);
    for (const file of ['routes.js', 'svc.spec.js']) {
      expect(fileReport(report, file).status).toBe('unchanged');
      expect(readFile(appDir, file)).toBe(original.get(file));
    }
  });

  test('the route handler and the done-callback specs behave the same before and after', () => {
    const dir = tempProject(files);
    expect(runScript(dir, 'driver.js')).toBe(OUTPUT);
    expect(runCli(['.'], { cwd: path.join(dir, 'app') }).code).toBe(0);
    expect(readFile(dir, 'app/svc.js')).toContain('callbackApi(load, 1)');
    expect(runScript(dir, 'driver.js')).toBe(OUTPUT);
  });

  test('a second run over the output changes nothing', () => {
    expectSettled(migrate(files).appDir);
  });
});

describe('a caller that uses the synchronous return value', () => {
  const files = {
    ...CHAIN_CJS,
    ...DATA,
    'app/tracker.js': `const db = require('./db');

function track(id, cb) {
  const req = db.load(id, function (err, item) {
    if (err) return cb(err);
    cb(null, item.name);
  });
  console.log('load returned ' + typeof req);
}

module.exports = { track };
`,
    // The tracker runs after the chain: concurrent reads would finish in any order.
    'driver.js': driver('cjs', './app/index', 'describe', [[1], [2], [3]], `require('./app/tracker').track(1, (err, name) => console.log('track(1) -> ' + (err ? err.code : name)));`),
  };

  test('blocks the conversion of the export, which stays byte-identical, as does the caller', () => {
    const { appDir, report, original } = migrate(files);
    expect(siteLines(report, 'db.js')).toContainEqual(
      expect.stringMatching(/^skipped callers-not-convertible: load\(…, cb\) keeps its callback: its caller at .*tracker\.js:4 uses its synchronous return value$/),
    );
    for (const file of ['db.js', 'tracker.js']) {
      expect(fileReport(report, file).status).toBe('unchanged');
      expect(readFile(appDir, file)).toBe(original.get(file));
    }
    // Callers elsewhere cannot await load() itself: it still takes a callback.
    expect(readFile(appDir, 'service.js')).not.toMatch(/await db\.load\(/);
  });

  test('the project prints the same before and after', () => {
    const dir = tempProject(files);
    const output = `${CHAIN_OUTPUT}load returned undefined\ntrack(1) -> apple\n`;
    expect(runScript(dir, 'driver.js')).toBe(output);
    expect(runCli(['.'], { cwd: path.join(dir, 'app') }).code).toBe(0);
    expect(readFile(dir, 'app/service.js')).toContain('async function show(id)');
    expect(runScript(dir, 'driver.js')).toBe(output);
  });

  test('a second run over the output changes nothing', () => {
    expectSettled(migrate(files).appDir);
  });
});

describe('ES modules: the same chain with import and export', () => {
  const files = { ...CHAIN_ESM, ...DATA, 'driver.mjs': driver('esm', './app/index.mjs', 'describe', [[1], [2], [3]]) };

  test('every function converts and every importer awaits it directly', () => {
    const { appDir, report } = migrate(files);
    expect(report.summary.files).toMatchObject({ changed: 3, failed: 0 });
    expect(report.summary.sites.skipped).toBe(0);
    expect(readFile(appDir, 'db.mjs')).toContain('export async function load(id) {');
    expect(readFile(appDir, 'service.mjs')).toContain('export async function show(id) {');
    expect(readFile(appDir, 'service.mjs')).toContain('const item = await load(id);');
    expect(readFile(appDir, 'service.mjs')).toContain('const parent = await load(item.parent);');
    expect(readFile(appDir, 'index.mjs')).toContain('const text = await service.show(id);');
    for (const file of ['db.mjs', 'service.mjs', 'index.mjs']) {
      expect(readFile(appDir, file)).not.toMatch(/promisify|callbackApi|\bcb\b/);
    }
  });

  test('the project prints the same before and after', () => {
    const dir = tempProject(files);
    expect(runScript(dir, 'driver.mjs')).toBe(CHAIN_OUTPUT);
    expect(runCli(['.'], { cwd: path.join(dir, 'app') }).code).toBe(0);
    expect(runScript(dir, 'driver.mjs')).toBe(CHAIN_OUTPUT);
  });

  test('a second run over the output changes nothing', () => {
    expectSettled(migrate(files).appDir);
  });
});

describe('TypeScript: the same chain with types', () => {
  const files = { ...CHAIN_TS, ...DATA, 'driver.js': driver('cjs', './build/index', 'describe', [[1], [2], [3]]) };
  const sources = ['db.ts', 'service.ts', 'index.ts'];

  test('every function converts, with Promise return types taken from the callback types', () => {
    const { appDir, report } = migrate(files);
    expect(report.summary.files).toMatchObject({ changed: 3, failed: 0 });
    expect(report.summary.sites.skipped).toBe(0);
    expect(readFile(appDir, 'db.ts')).toContain('export async function load(id: number): Promise<Item> {');
    expect(readFile(appDir, 'service.ts')).toContain('export async function show(id: number): Promise<string> {');
    expect(readFile(appDir, 'service.ts')).toContain('const item = await load(id);');
    expect(readFile(appDir, 'index.ts')).toContain('export async function describe(id: number): Promise<string> {');
    expect(readFile(appDir, 'index.ts')).toContain('const text = await service.show(id);');
    for (const file of sources) expect(readFile(appDir, file)).not.toMatch(/promisify|callbackApi|\bcb\b/);
  });

  test('the output type-checks (strict) like the input did', () => {
    const dir = tempProject(files);
    const appDir = path.join(dir, 'app');
    expect(typeErrors(appDir, sources)).toEqual([]);
    expect(runCli(['.'], { cwd: appDir }).code).toBe(0);
    expect(typeErrors(appDir, sources)).toEqual([]);
  });

  test('compiled to JavaScript, the project prints the same before and after', () => {
    const dir = tempProject(files);
    const appDir = path.join(dir, 'app');
    transpileTree(appDir, path.join(dir, 'build'));
    expect(runScript(dir, 'driver.js')).toBe(CHAIN_OUTPUT);
    expect(runCli(['.'], { cwd: appDir }).code).toBe(0);
    transpileTree(appDir, path.join(dir, 'build'));
    expect(fs.readFileSync(path.join(dir, 'build', 'db.js'), 'utf8')).toContain('async function load(id)');
    expect(runScript(dir, 'driver.js')).toBe(CHAIN_OUTPUT);
  });

  test('a second run over the output changes nothing', () => {
    expectSettled(migrate(files).appDir);
  });
});

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  esModuleInterop: true,
  strict: true,
  skipLibCheck: true,
};

/** Diagnostics of a strict type check of `files` in `dir`, with this repository's @types/node. */
function typeErrors(dir: string, files: string[]): string[] {
  const program = ts.createProgram(
    files.map((file) => path.join(dir, file)),
    { ...COMPILER_OPTIONS, noEmit: true, types: ['node'], typeRoots: [path.join(ROOT, 'node_modules', '@types')] },
  );
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** Every .ts file of `srcDir` compiled to CommonJS in `outDir`, other files copied (the data). */
function transpileTree(srcDir: string, outDir: string): void {
  fs.rmSync(outDir, { recursive: true, force: true });
  for (const [file, content] of readTree(srcDir)) {
    const target = path.join(outDir, file.replace(/\.ts$/, '.js'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const output = file.endsWith('.ts') ? ts.transpileModule(content, { compilerOptions: COMPILER_OPTIONS }).outputText : content;
    fs.writeFileSync(target, output);
  }
}
