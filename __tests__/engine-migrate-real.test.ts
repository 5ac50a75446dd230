/**
 * migrate() with the real transforms, through the built package (dist/): in-place conversion,
 * dry diffs, idempotence, and the file-level details a rewrite must keep (BOM, CRLF, shebang,
 * directives).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { MigrateOptions } from '../engine/migrate-options';
import { makeTree, removeTrees } from './engine-temp-tree';

const dist = path.resolve(__dirname, '../dist');
if (!fs.existsSync(path.join(dist, 'index.js'))) throw new Error('dist/ is missing: run `npm run build` before this test');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const api = require(path.join(dist, 'index.js')) as typeof import('../index');

afterEach(removeTrees);

const run = (root: string, options: Partial<MigrateOptions> = {}) =>
  api.migrate({ paths: ['.'], cwd: root, config: false, prettier: false, workers: 1, ...options });
const read = (root: string, file: string) => fs.readFileSync(path.join(root, file), 'utf8');

/** A tail-position error-first callback inside an async function: the simplest real conversion. */
const callbackStyle = (nl: string) =>
  [
    "const fs = require('fs');",
    'async function f() {',
    "  fs.readFile('a', (err, data) => {",
    '    if (err) throw err;',
    '    console.log(data);',
    '  });',
    '}',
    '',
  ].join(nl);
// `fs` is no longer used once the call moved to fs/promises: its require goes.
const awaitStyle = (nl: string) =>
  [
    "const fsPromises = require('fs/promises');",
    'async function f() {',
    "  const data = await fsPromises.readFile('a');",
    '  console.log(data);',
    '}',
    '',
  ].join(nl);

test('converts in place, reports the site, and a second run changes nothing', async () => {
  const root = makeTree({ 'src/read.js': callbackStyle('\n'), 'src/plain.js': 'module.exports = 1;\n' });
  const report = await run(root);
  expect(report.files.map((f) => [f.file, f.status])).toEqual([
    ['src/plain.js', 'unchanged'],
    ['src/read.js', 'changed'],
  ]);
  expect(report.files[1].sites).toMatchObject([
    { kind: 'converted', transform: 'callbacks', line: 3 },
    // `if (err) throw err` in the callback was an uncaught exception; it now rejects.
    { kind: 'note', code: 'uncaught-error-now-rejects', line: 3 },
    // `f` was already async and settled before the read; it now waits for it.
    { kind: 'note', code: 'async-function-now-waits', line: 3 },
  ]);
  expect(read(root, 'src/read.js')).toBe(awaitStyle('\n'));
  expect((await run(root)).summary.files).toEqual({ scanned: 2, changed: 0, unchanged: 2, failed: 0 });
});

test('dry run: the diff of the real conversion, nothing written', async () => {
  const root = makeTree({ 'read.js': callbackStyle('\n') });
  const report = await run(root, { dry: true });
  expect(read(root, 'read.js')).toBe(callbackStyle('\n'));
  expect(report.files[0].diff).toBe(
    [
      '--- a/read.js',
      '+++ b/read.js',
      '@@ -1,7 +1,5 @@',
      "-const fs = require('fs');",
      "+const fsPromises = require('fs/promises');",
      ' async function f() {',
      "-  fs.readFile('a', (err, data) => {",
      '-    if (err) throw err;',
      '-    console.log(data);',
      '-  });',
      "+  const data = await fsPromises.readFile('a');",
      '+  console.log(data);',
      ' }',
      '',
    ].join('\n'),
  );
});

test('a file that mixes line endings keeps its majority one (recast ends every line the same way)', async () => {
  const root = makeTree({ 'mixed.js': callbackStyle('\n') + 'const x = 1;\r\n' });
  await run(root);
  expect(read(root, 'mixed.js')).toBe(awaitStyle('\n') + 'const x = 1;\n');
});

test('keeps a BOM and CRLF line endings through a real conversion', async () => {
  const root = makeTree({ 'win.js': '\uFEFF' + callbackStyle('\r\n') });
  await run(root);
  expect(read(root, 'win.js')).toBe('\uFEFF' + awaitStyle('\r\n'));
});

/*
 * recast measures indentation with a tab width at parse time and rebuilds the leading whitespace
 * of every reused line whose width differs at print time: untouched tab-indented code used to get
 * its tabs doubled, and tabs inside a template literal (its runtime value) became spaces.
 */
test('keeps the indentation of untouched code, template literal contents included', async () => {
  const untouched = ['function query() {', '  return `', '\tSELECT *', '\t\tFROM t`;', '}', ''].join('\n');
  const tabbed = ['function other(x) {', '\tif (x) {', '\t\treturn x + 1;', '\t}', '\treturn 0;', '}', ''].join('\n');
  const root = makeTree({ 'spaces.js': callbackStyle('\n') + untouched, 'tabs.js': callbackStyle('\n').replace(/^  /gm, '\t') + tabbed });
  const report = await run(root);
  expect(read(root, 'spaces.js')).toBe(awaitStyle('\n') + untouched);
  expect(read(root, 'tabs.js').endsWith(tabbed)).toBe(true);
  // Columns count characters: the lifted call sits one tab in.
  const site = report.files.find((f) => f.file === 'tabs.js')!.sites.find((s) => s.kind === 'converted')!;
  expect(site).toMatchObject({ line: 3, column: 1 });
});

/*
 * recast reprints the program when a `require` is added: a leading `'use strict';` used to gain a
 * second `;` and a shebang line used to be printed after the directive (see
 * engine/recast-workarounds.ts).
 */
test('keeps a directive byte-identical through a real conversion', async () => {
  const root = makeTree({ 'strict.js': "'use strict';\n" + callbackStyle('\n') });
  await run(root);
  expect(read(root, 'strict.js')).toBe("'use strict';\n" + awaitStyle('\n'));
});

test('keeps a shebang line through a real conversion', async () => {
  const root = makeTree({ 'bin.js': '#!/usr/bin/env node\n' + callbackStyle('\n') });
  const report = await run(root);
  expect(report.files[0].status).toBe('changed');
  expect(read(root, 'bin.js')).toBe('#!/usr/bin/env node\n' + awaitStyle('\n'));
});

test('old CommonJS that only parses as a non-strict script (legacy octal 0755) is converted', async () => {
  const source = [
    "var fs = require('fs');",
    'function f(p, cb) {',
    '  fs.chmod(p, 0755, function (err) {',
    '    if (err) return cb(err);',
    '    cb(null);',
    '  });',
    '}',
    'module.exports = f;',
    '',
  ].join('\n');
  const root = makeTree({ 'octal.js': source });
  const report = await run(root);
  expect(report.files[0].status).toBe('changed');
  expect(read(root, 'octal.js')).toContain('await fsPromises.chmod(p, 0755);');
});

/** An export that sometimes calls back synchronously, and a caller in another file that passes it a callback. */
const syncSometimesExport = {
  'db.js': [
    "var fs = require('fs'); var seen = false;",
    'exports.check = function (cb) {',
    "  if (seen) return cb(null, 'cached');",
    "  fs.stat(__filename, function (err) { if (err) return cb(err); seen = true; cb(null, 'fresh'); });",
    '};',
    '',
  ].join('\n'),
  'use.js': [
    "var db = require('./db');",
    'exports.run = function () {',
    '  db.check(function () {',
    '    db.check(function (err, v) { console.log(v); });',
    "    console.log('after');",
    '  });',
    '};',
    '',
  ].join('\n'),
};

test('an export that sometimes calls back synchronously is kept when a caller elsewhere still passes a callback', async () => {
  const files = syncSometimesExport;
  const root = makeTree(files);
  const report = await run(root);
  expect(report.summary.files.changed).toBe(0);
  const check = report.files.find((f) => f.file === 'db.js')!.sites.find((s) => s.line === 2)!;
  expect(check).toMatchObject({ kind: 'skipped', code: 'callers-not-convertible' });
  expect(check.message).toContain('use.js:3 still passes a callback');
});

test('summary.work counts every file run of every round, with the time of each phase', async () => {
  const root = makeTree(syncSometimesExport);
  const { summary } = await run(root, { dry: true });
  const work = summary.work!;
  // db.js runs first; use.js still passes it a callback, so db.js is transformed again to keep it.
  expect(work.rounds).toBeGreaterThanOrEqual(2);
  expect(work.fileRuns).toBeGreaterThan(summary.files.scanned);
  expect(Object.keys(work.phaseMs)).toEqual(expect.arrayContaining(['parse', 'callbacks', 'parallel']));
  for (const ms of Object.values(work.phaseMs)) expect(ms).toBeGreaterThanOrEqual(0);

  const single = makeTree({ 'a.js': callbackStyle('\n') });
  const one = (await run(single, { dry: true })).summary.work!;
  expect(one).toMatchObject({ fileRuns: 1, rounds: 1 });
  expect(Object.keys(one.phaseMs)).toEqual(expect.arrayContaining(['parse', 'callbacks', 'print', 'syntax-check', 'format', 'diff']));
});
