/**
 * migrate() on worker threads. Threads load compiled JavaScript, so these tests call the built
 * package in dist/ (`npm test` builds first; alone: `npm run build` first).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { MigrateOptions } from '../engine/migrate-options';
import type { RunReport } from '../engine/report';
import { makeTree, removeTrees } from './engine-temp-tree';

const dist = path.resolve(__dirname, '../dist');
if (!fs.existsSync(path.join(dist, 'engine/worker.js'))) {
  throw new Error('dist/ is missing: run `npm run build` before this test');
}
/* eslint-disable @typescript-eslint/no-require-imports */
const api = require(path.join(dist, 'index.js')) as typeof import('../index');
const engine = require(path.join(dist, 'engine/migrate.js')) as typeof import('../engine/migrate');
const runners = require(path.join(dist, 'engine/file-runner.js')) as typeof import('../engine/file-runner');

afterEach(removeTrees);

/** The report without its timing, which is the only thing allowed to differ between runs. */
/** Times differ from run to run; what ran (file runs, rounds, which phases) must not. */
const comparable = (report: RunReport) => {
  const { work, ...summary } = report.summary;
  return { ...report, summary: { ...summary, durationMs: 0, work: work && { ...work, phaseMs: Object.keys(work.phaseMs).sort() } } };
};

function legacyTree(): string {
  const files: Record<string, string | Buffer> = {
    'src/broken.js': 'function (\n',
    'src/binary.js': Buffer.from([0x00, 0x01]),
    'src/bom-crlf.js': "\uFEFF'use strict';\r\nconst fs = require('fs');\r\n",
    'test/a.test.js': "it('works', function (done) { setTimeout(done, 1); });\n",
  };
  for (let i = 0; i < 14; i += 1) {
    files[`src/mod${String(i).padStart(2, '0')}.js`] = [
      "const fs = require('fs');",
      `const next = require('./mod${String((i + 1) % 14).padStart(2, '0')}');`,
      `async function read${i}() {`,
      `  fs.readFile('f${i}', (err, data) => {`,
      '    if (err) throw err;',
      '    console.log(data);',
      '  });',
      '}',
      `module.exports = { read${i}, next };`,
      '',
    ].join('\n');
  }
  return makeTree(files);
}

test('the thread pool is used for multi-file runs, not for small or single-worker ones', async () => {
  const pooled = runners.createFileRunner({ fileCount: 20, workers: 2, timeoutMs: 0 });
  const small = runners.createFileRunner({ fileCount: runners.MIN_FILES_FOR_WORKERS - 1, workers: 2, timeoutMs: 0 });
  const single = runners.createFileRunner({ fileCount: 20, workers: 1, timeoutMs: 0 });
  expect([pooled.concurrency, small.concurrency, single.concurrency]).toEqual([4, 1, 1]);
  await Promise.all([pooled.close(), small.close(), single.close()]);
});

test('the same report with 1 and 2 workers, in dry and writing runs', async () => {
  const root = legacyTree();
  const options: MigrateOptions = { paths: ['src', 'test'], cwd: root, config: false, prettier: false, dry: true };
  const one = await api.migrate({ ...options, workers: 1 });
  const two = await api.migrate({ ...options, workers: 2 });
  expect(comparable(two)).toEqual(comparable(one));
  expect(one.files.map((f) => f.file)).toEqual([...one.files.map((f) => f.file)].sort());
  expect(one.summary.files.scanned).toBe(18);
  // The comparison covers real conversions, diffs included.
  expect(one.summary.files.changed).toBeGreaterThanOrEqual(14);
  expect(one.files.find((f) => f.file === 'src/mod00.js')?.diff).toContain('+  const data = await fsPromises.readFile');
  expect(one.files.find((f) => f.file === 'src/broken.js')?.error?.code).toBe('parse-error');
  expect(one.files.find((f) => f.file === 'src/binary.js')?.error?.code).toBe('binary');

  // Writing: both worker counts produce the same files on disk.
  const copy = legacyTree();
  const w1 = await api.migrate({ ...options, dry: false, workers: 1 });
  const w2 = await api.migrate({ ...options, dry: false, workers: 2, cwd: copy });
  expect(comparable(w2)).toEqual(comparable(w1));
  for (const file of w1.files) {
    expect([file.file, fs.readFileSync(path.join(copy, file.file)).equals(fs.readFileSync(path.join(root, file.file)))]).toEqual([file.file, true]);
  }
});

/**
 * A stand-in worker module (same protocol as engine/worker.ts) makes the thread path's writes,
 * diffs and time limit observable without depending on what the real transforms convert.
 */
const STAND_IN_WORKER = `
const { unifiedDiff } = require(${JSON.stringify(path.join(dist, 'engine/diff.js'))});
module.exports = async function ({ task, startedAt }) {
  Atomics.store(new BigInt64Array(startedAt), 0, BigInt(Date.now()));
  if (task.source.includes('HANG')) for (;;) {}
  const code = task.source.replace(/oldName/g, 'newName');
  const changed = code !== task.source;
  const sites = changed ? [{ kind: 'converted', transform: 'stand-in', code: 'renamed', message: 'renamed', line: 1, column: 0 }] : [];
  const diff = changed && task.diffName !== undefined ? unifiedDiff(task.diffName, task.source, code) : undefined;
  return { code, changed, sites, diff };
};
`;

function standInTree(): { root: string; workerFile: string } {
  const files: Record<string, string> = { 'src/stuck.js': '// HANG\nuse(oldName);\n' };
  for (let i = 0; i < 10; i += 1) files[`src/f${i}.js`] = i % 2 ? `use(oldName, ${i});\n` : `keep(${i});\n`;
  const root = makeTree(files);
  const tools = makeTree({ 'worker.js': STAND_IN_WORKER });
  return { root, workerFile: path.join(tools, 'worker.js') };
}

test('on threads: changed files are written, a hung file times out, the rest goes on', async () => {
  const { root, workerFile } = standInTree();
  const report = await engine.migrateWith(
    { paths: ['src'], cwd: root, config: false, prettier: false, workers: 2, timeoutMs: 1500 },
    { workerFile },
  );
  expect(report.files.map((f) => [f.file, f.error?.code ?? f.status])).toEqual([
    ['src/f0.js', 'unchanged'],
    ['src/f1.js', 'changed'],
    ['src/f2.js', 'unchanged'],
    ['src/f3.js', 'changed'],
    ['src/f4.js', 'unchanged'],
    ['src/f5.js', 'changed'],
    ['src/f6.js', 'unchanged'],
    ['src/f7.js', 'changed'],
    ['src/f8.js', 'unchanged'],
    ['src/f9.js', 'changed'],
    ['src/stuck.js', 'timeout'],
  ]);
  expect(fs.readFileSync(path.join(root, 'src/f1.js'), 'utf8')).toBe('use(newName, 1);\n');
  expect(fs.readFileSync(path.join(root, 'src/stuck.js'), 'utf8')).toBe('// HANG\nuse(oldName);\n');
});

test('on threads: dry runs return diffs, identical whatever the thread count', async () => {
  const { root, workerFile } = standInTree();
  fs.rmSync(path.join(root, 'src/stuck.js'));
  const dry = (workers: number) =>
    engine.migrateWith({ paths: ['src'], cwd: root, config: false, prettier: false, workers, dry: true }, { workerFile });
  const [two, three] = [await dry(2), await dry(3)];
  expect(comparable(three)).toEqual(comparable(two));
  expect(two.files[1]).toMatchObject({
    file: 'src/f1.js',
    status: 'changed',
    written: false,
    diff: '--- a/src/f1.js\n+++ b/src/f1.js\n@@ -1,1 +1,1 @@\n-use(oldName, 1);\n+use(newName, 1);\n',
  });
  expect(fs.readFileSync(path.join(root, 'src/f1.js'), 'utf8')).toBe('use(oldName, 1);\n');
});
