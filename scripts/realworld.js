#!/usr/bin/env node
'use strict';
/**
 * `npm run realworld`: awaitify against real callback-style npm packages and their own tests.
 *
 * For each package below (exact versions): `npm pack` it into a temporary directory, unpack it,
 * install the test tools it declares (pinned here, from the npm registry), run its test suite
 * twice, migrate its library and tests together with the built CLI (`--json --force`), run the
 * suite again, and compare. Prints one table row per package: files changed, sites converted /
 * skipped, files awaitify could not transform, the dominant skip reasons, tests before and after.
 *
 * Exits 1 when a test that passed in both runs before the migration fails after it (checked by a
 * second run, so a flaky test does not count): awaitify changed the package's behaviour. Tests
 * that already failed, or passed only sometimes, before the migration are reported, not judged.
 *
 * usage: node scripts/realworld.js [--json] [--only NAME] [--keep]
 *   --json       also write the results to .bench/realworld.json
 *   --only NAME  check one package (repeatable)
 *   --keep       keep the temporary directory (its path is printed) to inspect the migrated code
 *
 * Needs the npm registry (not part of `npm test`). Runtime: about 30 s on 2 cores, with a cold npm
 * cache as with a warm one (about 150 small tarballs); a third of it is nedb's suite, run three
 * times (four when a test fails after the migration).
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const AWAITIFY = path.join(ROOT, 'dist', 'cli', 'bin.js');
const RESULTS_FILE = path.join(ROOT, '.bench', 'realworld.json');
const INSTALL_TIMEOUT_MS = 5 * 60_000;
const SUITE_TIMEOUT_MS = 3 * 60_000;
const MIGRATE_TIMEOUT_MS = 3 * 60_000;
const TOP_REASONS = 3;

/** Runs a mocha suite through `_mocha`: old mocha's `mocha` wrapper loses its output on Node >= 12. */
const mocha = (...args) => ({ command: 'node', args: ['node_modules/mocha/bin/_mocha', '--reporter', 'tap', ...args] });

/**
 * The packages. `paths`: what to migrate (library and tests; bundles, benchmarks and examples the
 * suite never runs are left out). `testDeps`: replace the package's devDependencies, pinned to the
 * versions its declared ranges resolve to, without linters and coverage tools. `suite`: commands
 * whose output is TAP.
 */
const PACKAGES = [
  {
    name: 'ncp',
    version: '2.0.0',
    about: 'recursive copy; mocha suite written with done callbacks',
    paths: ['lib', 'test'],
    testDeps: { mocha: '1.15.1', rimraf: '1.0.9', 'read-dir-files': '0.0.2' },
    suite: [mocha()],
    prepare: restoreNcpSymlinks,
  },
  {
    name: 'mv',
    version: '2.1.1',
    about: 'move files and folders across devices; mocha suite with done callbacks',
    paths: ['index.js', 'test'],
    testDeps: { mocha: '2.2.5' },
    suite: [mocha('test/test.js')],
  },
  {
    name: 'nedb',
    version: '1.8.0',
    about: 'embedded datastore; caolan async (waterfall, each, queue) and a 330-test mocha suite with done callbacks',
    paths: ['index.js', 'lib', 'test', 'test_lac'],
    testDeps: { mocha: '1.4.3', chai: '3.5.0' },
    suite: [mocha('--timeout', '10000')],
  },
  {
    name: 'get-folder-size',
    version: '1.0.1',
    about: 'recursive folder size with caolan async.forEach; mocha + proxyquire',
    paths: ['index.js', 'test.js'],
    testDeps: { mocha: '2.5.3', proxyquire: '1.8.0', should: '7.1.1' },
    suite: [mocha()],
  },
  {
    name: 'cmd-shim',
    version: '2.0.2',
    about: 'npm bin shims; plain functions with a trailing cb, node-tap tests',
    paths: ['index.js', 'test'],
    testDeps: { tap: '0.4.13', rimraf: '2.2.8' },
    // Each node-tap file prints TAP when run with plain node; setup and cleanup run in order.
    suite: ['test/00-setup.js', 'test/basic.js', 'test/zz-cleanup.js'].map((file) => ({ command: 'node', args: [file] })),
  },
];

/** `npm pack` drops symlinks: put back the three fixtures ncp's symlink tests copy. */
function restoreNcpSymlinks(dir) {
  const links = [
    ['test/symlink-fixtures/src/file-symlink', 'foo'],
    ['test/symlink-fixtures/src/dir-symlink', 'dir'],
    ['test/broken-symlink-fixtures/src/broken-symlink', 'does-not-exist'],
  ];
  for (const [link, target] of links) {
    fs.mkdirSync(path.dirname(path.join(dir, link)), { recursive: true });
    fs.symlinkSync(target, path.join(dir, link));
  }
}

// ---------------------------------------------------------------------------------------------
// Processes

/**
 * Runs a command to completion and keeps its output. On timeout, kills the command's own process
 * group (it runs detached), so test suites that fork children leave nothing behind.
 */
function run(command, args, { cwd, timeoutMs, env }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, stdout, stderr: stderr + String(error), timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

async function runOrThrow(what, command, args, options) {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    const output = (result.stderr || result.stdout).trim().split('\n').slice(-5).join('\n');
    throw new Error(`${what} failed${result.timedOut ? ' (timed out)' : ''}: ${output}`);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Fetch and install

const NPM_QUIET = ['--no-audit', '--no-fund', '--loglevel=error'];

/** `npm pack NAME@VERSION` into `workRoot`, unpacked into its own directory. */
async function fetchPackage(pkg, workRoot) {
  const spec = `${pkg.name}@${pkg.version}`;
  const packDir = fs.mkdtempSync(path.join(workRoot, 'pack-'));
  const { stdout } = await runOrThrow(`npm pack ${spec}`, 'npm', ['pack', spec, '--json', ...NPM_QUIET], { cwd: packDir, timeoutMs: INSTALL_TIMEOUT_MS });
  const tarball = path.join(packDir, JSON.parse(stdout)[0].filename);
  const dir = path.join(workRoot, `${pkg.name}-${pkg.version}`);
  fs.mkdirSync(dir);
  // npm's tarballs carry pax headers GNU tar does not know; they are harmless.
  await runOrThrow(`unpacking ${spec}`, 'tar', ['xzf', tarball, '-C', dir, '--strip-components=1', '--warning=no-unknown-keyword'], {
    cwd: workRoot,
    timeoutMs: 60_000,
  });
  if (!pkg.paths.some((p) => /(^|\/)test/.test(p) && fs.existsSync(path.join(dir, p)))) {
    throw new Error(`${spec}: the published tarball has no tests`);
  }
  return dir;
}

/** Dependencies as published, test tools as pinned above; no install scripts. */
async function installDependencies(pkg, dir) {
  const manifestFile = path.join(dir, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  manifest.devDependencies = pkg.testDeps;
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
  await runOrThrow(`npm install in ${pkg.name}`, 'npm', ['install', '--ignore-scripts', '--no-package-lock', ...NPM_QUIET], {
    cwd: dir,
    timeoutMs: INSTALL_TIMEOUT_MS,
  });
}

// ---------------------------------------------------------------------------------------------
// Test suites

const TAP_RESULT = /^(not )?ok\b\s*\d*\s*-?\s*(.*?)\s*(?:#\s*(skip|todo)\b.*)?$/i;

/**
 * Test title -> passed, from TAP lines. Repeated titles (node-tap assertions) get `#2`, `#3`…;
 * with several commands each title is prefixed by its command's last argument (the test file).
 */
function parseTap(output, prefix, into) {
  const seen = new Map();
  for (const line of output.split('\n')) {
    const match = TAP_RESULT.exec(line);
    if (!match) continue;
    const title = `${prefix}${match[2]}`;
    const count = (seen.get(title) ?? 0) + 1;
    seen.set(title, count);
    into.set(count === 1 ? title : `${title} #${count}`, !match[1] || Boolean(match[3]));
  }
}

/** One run of the package's suite: overall pass (every command exits 0) and each test's result. */
async function runSuite(pkg, dir) {
  const tests = new Map();
  let passed = true;
  let tail = '';
  for (const step of pkg.suite) {
    const result = await run(step.command, step.args, { cwd: dir, timeoutMs: SUITE_TIMEOUT_MS, env: { NO_COLOR: '1', FORCE_COLOR: '0' } });
    parseTap(result.stdout, pkg.suite.length > 1 ? `${step.args[step.args.length - 1]}: ` : '', tests);
    if (result.code !== 0) {
      passed = false;
      tail ||= `${result.timedOut ? 'timed out; ' : ''}${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' | ')}`;
    }
  }
  return { passed, tests, tail };
}

const countPassing = (suite) => [...suite.tests.values()].filter(Boolean).length;

/** "pass 9/9", "FAIL 327/330 (3 failing)"; "FAIL (no test results)" when nothing was reported. */
function describeSuite(suite) {
  const total = suite.tests.size;
  if (total === 0) return suite.passed ? 'pass' : 'FAIL (no test results)';
  const passing = countPassing(suite);
  return `${suite.passed ? 'pass' : 'FAIL'} ${passing}/${total}`;
}

/** Tests that passed in every run. */
function alwaysPassing(runs) {
  return [...runs[0].tests.keys()].filter((title) => runs.every((suite) => suite.tests.get(title) === true));
}

/** Tests that passed in some runs and failed in others. */
function flakyTests(runs) {
  const titles = new Set(runs.flatMap((suite) => [...suite.tests.keys()]));
  return [...titles].filter((title) => {
    const results = runs.map((suite) => suite.tests.get(title) === true);
    return results.includes(true) && results.includes(false);
  });
}

/**
 * What the migration broke: tests that passed in every run before and failed (or were not
 * reported) in an after run, plus "the suite" when every run before exited 0 and an after run did
 * not. A second after run is made only when the first finds something, and only what fails in
 * both counts: a test that passes again is reported as flaky after the migration.
 */
async function compareAfter(pkg, dir, before) {
  const stable = alwaysPassing(before);
  const suiteAlwaysPassed = before.every((suite) => suite.passed);
  const brokenIn = (suite) => {
    const broken = stable.filter((title) => suite.tests.get(title) !== true);
    if (suiteAlwaysPassed && !suite.passed && broken.length === 0) broken.push('(the suite exited non-zero)');
    return broken;
  };
  const after = [await runSuite(pkg, dir)];
  let broken = brokenIn(after[0]);
  let flakyAfter = [];
  if (broken.length > 0) {
    after.push(await runSuite(pkg, dir));
    const again = new Set(brokenIn(after[1]));
    flakyAfter = broken.filter((title) => !again.has(title));
    broken = broken.filter((title) => again.has(title));
  }
  return { after, broken, flakyAfter };
}

// ---------------------------------------------------------------------------------------------
// Migration

/** The CLI over the package's library and tests; its --json report. */
async function migratePackage(pkg, dir) {
  const result = await run('node', [AWAITIFY, ...pkg.paths, '--json', '--force'], { cwd: dir, timeoutMs: MIGRATE_TIMEOUT_MS, env: { NO_COLOR: '1' } });
  // Exit 3 (some files failed) still comes with a full report; anything else without one is fatal.
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    throw new Error(`awaitify exited ${result.code} without a JSON report: ${result.stderr.trim().split('\n').slice(-5).join('\n')}`);
  }
  return { exitCode: result.code, report };
}

/** The table's view of a report: counts, changed and failed files, dominant skip reasons. */
function summarizeReport({ exitCode, report }) {
  const { summary } = report;
  const topSkipReasons = Object.entries(summary.skippedByReason)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_REASONS);
  return {
    exitCode,
    filesScanned: summary.files.scanned,
    filesChanged: report.files.filter((f) => f.status === 'changed').map((f) => f.file),
    filesFailed: report.files.filter((f) => f.status === 'failed').map((f) => ({ file: f.file, error: f.error })),
    converted: summary.sites.converted,
    skipped: summary.sites.skipped,
    notes: summary.sites.notes,
    skippedByReason: summary.skippedByReason,
    notesByCode: summary.notesByCode,
    topSkipReasons,
  };
}

// ---------------------------------------------------------------------------------------------
// One package, end to end

async function checkPackage(pkg, workRoot) {
  const startedAt = performance.now();
  const log = (message) => process.stderr.write(`${pkg.name}@${pkg.version}: ${message}\n`);
  const result = { name: pkg.name, version: pkg.version, about: pkg.about, migrated: pkg.paths };
  try {
    log('npm pack');
    const dir = await fetchPackage(pkg, workRoot);
    pkg.prepare?.(dir);
    log('npm install');
    await installDependencies(pkg, dir);
    log('tests before (two runs)');
    const before = [await runSuite(pkg, dir), await runSuite(pkg, dir)];
    log('awaitify');
    const migration = summarizeReport(await migratePackage(pkg, dir));
    log('tests after');
    const compared = await compareAfter(pkg, dir, before);
    const { after } = compared;
    // With no file changed, a test that now fails cannot be the migration's doing: it is flaky.
    const untouched = migration.filesChanged.length === 0;
    const broken = untouched ? [] : compared.broken;
    const flakyAfter = untouched ? [...compared.flakyAfter, ...compared.broken] : compared.flakyAfter;
    Object.assign(result, {
      migration,
      testsBefore: describeSuite(before[0]),
      testsAfter: describeSuite(after[0]),
      failingBefore: [...before[0].tests].filter(([, ok]) => !ok).map(([title]) => title),
      flakyBefore: flakyTests(before),
      broken,
      flakyAfter,
      suiteOutputAfter: after[0].passed ? undefined : after[0].tail,
    });
  } catch (error) {
    result.error = error.message;
  }
  result.seconds = Math.round((performance.now() - startedAt) / 100) / 10;
  return result;
}

// ---------------------------------------------------------------------------------------------
// Output

function table(rows) {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => String(r[col]).length)));
  return rows.map((r) => r.map((cell, col) => String(cell).padEnd(widths[col])).join('  ').trimEnd()).join('\n');
}

function verdict(result) {
  if (result.error) return 'ERROR';
  if (result.broken.length > 0) return 'BROKEN';
  return 'ok';
}

function printResults(results, seconds) {
  const rows = [['package', 'files changed', 'converted', 'skipped', 'notes', 'failed files', 'tests before', 'tests after', 'verdict']];
  for (const r of results) {
    const m = r.migration;
    rows.push([
      `${r.name}@${r.version}`,
      m ? `${m.filesChanged.length}/${m.filesScanned}` : '-',
      m ? m.converted : '-',
      m ? m.skipped : '-',
      m ? m.notes : '-',
      m ? m.filesFailed.length : '-',
      r.testsBefore ?? '-',
      r.testsAfter ?? '-',
      verdict(r),
    ]);
  }
  const lines = ['', table(rows), ''];
  for (const r of results) {
    lines.push(`${r.name}@${r.version} (${r.about}; migrated: ${r.migrated.join(' ')}; ${r.seconds}s)`);
    if (r.error) {
      lines.push(`  error: ${r.error}`);
      continue;
    }
    const m = r.migration;
    lines.push(`  top skip reasons: ${m.topSkipReasons.map(([code, n]) => `${code} ${n}`).join(', ') || 'none'}`);
    if (m.filesChanged.length) lines.push(`  changed: ${m.filesChanged.join(', ')}`);
    for (const { file, error } of m.filesFailed) lines.push(`  not transformed: ${file}${error ? ` (${error.code}: ${error.message}${error.line ? ` at ${error.line}:${error.column}` : ''})` : ''}`);
    for (const [code, n] of Object.entries(m.notesByCode)) lines.push(`  note: ${code} ${n}`);
    if (r.failingBefore.length) lines.push(`  already failing before: ${r.failingBefore.join('; ')}`);
    if (r.flakyBefore.length) lines.push(`  flaky before (passed in one of two runs; not judged): ${r.flakyBefore.join('; ')}`);
    if (r.flakyAfter.length) lines.push(`  failed once after, passed on the second run: ${r.flakyAfter.join('; ')}`);
    for (const title of r.broken) lines.push(`  BROKEN by the migration: ${title}`);
    if (r.broken.length && r.suiteOutputAfter) lines.push(`  suite output after: ${r.suiteOutputAfter}`);
  }
  lines.push('', `total ${seconds}s`, '');
  process.stdout.write(lines.join('\n'));
}

// ---------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const options = { json: false, keep: false, only: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') options.json = true;
    else if (argv[i] === '--keep') options.keep = true;
    else if (argv[i] === '--only') options.only.push(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]} (usage: node scripts/realworld.js [--json] [--only NAME] [--keep])`);
  }
  const unknown = options.only.filter((name) => !PACKAGES.some((p) => p.name === name));
  if (unknown.length) throw new Error(`--only: no package named ${unknown.join(', ')} (known: ${PACKAGES.map((p) => p.name).join(', ')})`);
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(AWAITIFY)) throw new Error(`${path.relative(ROOT, AWAITIFY)} is missing: run \`npm run build\` first`);
  const packages = options.only.length ? PACKAGES.filter((p) => options.only.includes(p.name)) : PACKAGES;
  const workRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'awaitify-realworld-'));
  const startedAt = performance.now();
  const results = [];
  try {
    // One package at a time: the suites time things, and the machine is shared.
    for (const pkg of packages) results.push(await checkPackage(pkg, workRoot));
  } finally {
    if (options.keep) process.stderr.write(`kept ${workRoot}\n`);
    else fs.rmSync(workRoot, { recursive: true, force: true });
  }
  const seconds = Math.round((performance.now() - startedAt) / 100) / 10;
  printResults(results, seconds);
  if (options.json) {
    fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
    const output = { date: new Date().toISOString(), node: process.version, seconds, packages: results };
    fs.writeFileSync(RESULTS_FILE, JSON.stringify(output, null, 2) + '\n');
    process.stdout.write(`results written to ${path.relative(ROOT, RESULTS_FILE)}\n`);
  }
  const broken = results.filter((r) => r.broken?.length);
  const errors = results.filter((r) => r.error);
  if (broken.length) process.stderr.write(`realworld: the migration broke the tests of ${broken.map((r) => `${r.name}@${r.version}`).join(', ')}\n`);
  if (errors.length) process.stderr.write(`realworld: could not check ${errors.map((r) => `${r.name}@${r.version}`).join(', ')}\n`);
  if (broken.length || errors.length) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`realworld: ${error.message}\n`);
    process.exitCode = 1;
  });
}
