#!/usr/bin/env node
'use strict';
/**
 * `npm run bench`: awaitify's full default pipeline against the floor every jscodeshift codemod
 * pays (jscodeshift's own CLI, defaults, an identity transform: parse + print only), over the same
 * synthetic legacy corpus (scripts/gen-corpus.js), in one run.
 *
 * Reports, for each, wall time, CPU time (user + system, workers included), files/s, LOC/s and
 * peak RSS (the sum over the process tree, sampled every 50 ms); then the awaitify/floor ratios and
 * PASS/FAIL against the targets (wall time ratio <= 1.0, awaitify peak RSS < 1 GiB). Exits 1 when a
 * target fails or a run crashes.
 *
 * usage: node scripts/bench.js [--files N] [--runs N] [--json]
 *   --files N  a corpus of N files instead of the full 2,000 (quick runs while developing)
 *   --runs N   run each tool N times, alternating, and keep each one's fastest run (default 1;
 *              use 3 on a busy machine)
 *   --json     also write the results to .bench/results.json
 *
 * Both tools run with --dry over a fresh temporary copy of the corpus (outside the repository, so
 * no .gitignore hides it), after a warm-up run of each over a small slice. One jscodeshift run
 * with `--parser tsx` covers .js and .ts: the generator writes TypeScript with `as` casts only,
 * never `<T>x`, so tsx parses every file and the floor needs no second run.
 */
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { generateCorpus, existingCorpus, DEFAULTS: CORPUS_DEFAULTS, MANIFEST } = require('./gen-corpus');

const ROOT = path.resolve(__dirname, '..');
const BENCH_DIR = path.join(ROOT, '.bench');
const RESULTS_FILE = path.join(BENCH_DIR, 'results.json');
const JSCODESHIFT = path.join(ROOT, 'node_modules', '.bin', 'jscodeshift');
const AWAITIFY = path.join(ROOT, 'dist', 'cli', 'bin.js');
const EXTENSIONS = 'js,jsx,mjs,cjs,ts,tsx';
const WARMUP_FILES = 40;
const SAMPLE_MS = 50;
const TARGETS = { timeRatio: 1.0, awaitifyRssBytes: 1024 ** 3 };
const MIB = 1024 ** 2;

// ---------------------------------------------------------------------------------------------
// Peak RSS of a process tree

const PAGE_SIZE = 4096; // Linux on x86-64 and arm64 defaults; /proc/<pid>/stat counts RSS in pages.

/**
 * pid -> { ppid, rssBytes } for every process, from /proc/<pid>/stat (one read gives both; its
 * rss field is VmRSS in pages). /usr/bin/time -v is no substitute: its maximum is the largest
 * single process, not the sum over jscodeshift's worker processes.
 */
function readProcessTable() {
  const table = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited between readdir and read
    }
    // "pid (comm) state ppid ..." where comm may contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    table.set(Number(entry), { ppid: Number(fields[1]), rssBytes: Number(fields[21]) * PAGE_SIZE });
  }
  return table;
}

function treeRssBytes(rootPid) {
  const table = readProcessTable();
  const children = new Map();
  for (const [pid, { ppid }] of table) {
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(pid);
  }
  let total = 0;
  const pending = [rootPid];
  while (pending.length) {
    const pid = pending.pop();
    total += table.get(pid)?.rssBytes ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

// ---------------------------------------------------------------------------------------------
// Running a measured command

const GNU_TIME = '/usr/bin/time';

/**
 * CPU seconds (user + system) of a command and everything it waited for, worker processes and
 * threads included: GNU time's rusage. Less sensitive than wall time to other work on the machine.
 * Returns the command to run instead and a reader for after it exits; no-op without GNU time.
 */
function withCpuTime(command, args) {
  if (!fs.existsSync(GNU_TIME)) return { command, args, readCpuSeconds: () => null };
  const out = path.join(os.tmpdir(), `awaitify-bench-time-${process.pid}-${Date.now()}.txt`);
  return {
    command: GNU_TIME,
    args: ['-o', out, '-f', '%U %S', command, ...args],
    readCpuSeconds() {
      const [user, system] = fs.readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      fs.rmSync(out, { force: true });
      return user + system;
    },
  };
}

/**
 * Runs a command to completion: wall time, CPU time, peak RSS of its process tree, exit code,
 * output.
 */
function runMeasured(command, args, cwd) {
  const timed = withCpuTime(command, args);
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(timed.command, timed.args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    let peakRssBytes = 0;
    const sample = () => {
      peakRssBytes = Math.max(peakRssBytes, treeRssBytes(child.pid));
    };
    const sampler = setInterval(sample, SAMPLE_MS);
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearInterval(sampler);
      resolve({
        wallMs: Number(process.hrtime.bigint() - started) / 1e6,
        cpuSeconds: timed.readCpuSeconds(),
        peakRssBytes,
        exitCode: code ?? signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The two contenders: how to run each and how to read its output

function identityTransformFile(tmpDir) {
  const file = path.join(tmpDir, 'identity-transform.js');
  fs.writeFileSync(file, 'module.exports = (file, api) => api.jscodeshift(file.source).toSource();\n');
  return file;
}

function floorTool(tmpDir) {
  const transform = identityTransformFile(tmpDir);
  return {
    name: 'floor (jscodeshift identity)',
    describe: `jscodeshift -t identity --dry --parser tsx --extensions ${EXTENSIONS} (default workers: max(cores - 1, 1) = ${Math.max(os.cpus().length - 1, 1)})`,
    command: JSCODESHIFT,
    args: (dir) => ['-t', transform, '--dry', '--parser', 'tsx', '--extensions', EXTENSIONS, dir],
    ok: (run) => run.exitCode === 0,
    details: readJscodeshiftSummary,
  };
}

/** "0 errors\n2000 unmodified\n0 skipped\n0 ok" at the end of jscodeshift's output. */
function readJscodeshiftSummary(run) {
  const count = (label) => Number((run.stdout.match(new RegExp(`(\\d+) ${label}`)) || [])[1] ?? NaN);
  return { errors: count('errors'), unmodified: count('unmodified'), skipped: count('skipped'), ok: count('ok') };
}

function awaitifyTool() {
  return {
    name: 'awaitify (default pipeline)',
    describe: `awaitify --dry --json (default workers: cores = ${os.cpus().length})`,
    command: process.execPath,
    args: (dir) => [AWAITIFY, '--dry', '--json', dir],
    // 0 done, 3 some files failed (still a complete run; reported below); 1 and 2 are not expected.
    ok: (run) => run.exitCode === 0 || run.exitCode === 3,
    details: readAwaitifyReport,
  };
}

/** The summary of the --json report, and whether the dry run computed diffs like a real run. */
function readAwaitifyReport(run) {
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    return { unreadable: true };
  }
  const changed = report.files.filter((f) => f.status === 'changed');
  return {
    files: report.summary.files,
    sites: report.summary.sites,
    topSkipReasons: Object.entries(report.summary.skippedByReason)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5),
    dryComputesDiffs: changed.length === 0 ? null : changed.every((f) => typeof f.diff === 'string'),
    engineMs: report.summary.durationMs,
    work: report.summary.work,
  };
}

// ---------------------------------------------------------------------------------------------
// Corpus

function corpusDirFor(files) {
  return files === CORPUS_DEFAULTS.files ? path.join(ROOT, CORPUS_DEFAULTS.dir) : path.join(BENCH_DIR, `corpus-${files}`);
}

/** The manifest of an up-to-date corpus of `files` files, generating it when missing or stale. */
function ensureCorpus(files) {
  const dir = corpusDirFor(files);
  const manifest = existingCorpus({ dir, files });
  if (manifest) return { dir, manifest };
  process.stderr.write(`generating ${files} files into ${path.relative(ROOT, dir)}…\n`);
  return { dir, manifest: generateCorpus({ dir, files }) };
}

/** A throwaway copy outside the repository, without the manifest (no tool should see it). */
function freshCopy(corpusDir, tmpDir, name) {
  const copy = path.join(tmpDir, name);
  fs.cpSync(corpusDir, copy, { recursive: true });
  fs.rmSync(path.join(copy, MANIFEST));
  return copy;
}

/** A digest of every path and byte under `dir`: equal digests, untouched tree. */
function treeDigest(dir) {
  const hash = crypto.createHash('sha1');
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const paths = files.map((e) => path.join(e.parentPath ?? e.path, e.name)).sort();
  for (const file of paths) hash.update(path.relative(dir, file)).update('\0').update(fs.readFileSync(file));
  return hash.digest('hex');
}

// ---------------------------------------------------------------------------------------------
// Measuring and reporting

async function runTool(tool, dir) {
  const run = await runMeasured(tool.command, tool.args(dir), path.dirname(dir));
  if (!tool.ok(run)) {
    throw new Error(`${tool.name} exited with ${run.exitCode}:\n${(run.stderr || run.stdout).slice(-2000)}`);
  }
  return run;
}

/**
 * One tool's result over `runs` runs: the fastest run's times (the least disturbed by other work
 * on the machine), the highest peak RSS of any run.
 */
function summarizeRuns(tool, runs, manifest) {
  const fastest = runs.reduce((best, run) => (run.wallMs < best.wallMs ? run : best));
  const seconds = fastest.wallMs / 1000;
  return {
    tool: tool.name,
    command: tool.describe,
    runs: runs.length,
    wallMs: Math.round(fastest.wallMs),
    cpuSeconds: fastest.cpuSeconds,
    filesPerSecond: Math.round(manifest.files / seconds),
    locPerSecond: Math.round(manifest.loc / seconds),
    peakRssBytes: Math.max(...runs.map((run) => run.peakRssBytes)),
    details: tool.details(fastest),
  };
}

function compare(floor, awaitify) {
  const timeRatio = awaitify.wallMs / floor.wallMs;
  const cpuRatio = floor.cpuSeconds ? awaitify.cpuSeconds / floor.cpuSeconds : null;
  const rssRatio = awaitify.peakRssBytes / floor.peakRssBytes;
  return {
    timeRatio,
    cpuRatio,
    rssRatio,
    timePass: timeRatio <= TARGETS.timeRatio,
    rssPass: awaitify.peakRssBytes < TARGETS.awaitifyRssBytes,
  };
}

const fmt = {
  int: (n) => Math.round(n).toLocaleString('en-US'),
  seconds: (ms) => `${(ms / 1000).toFixed(2)} s`,
  mib: (bytes) => `${Math.round(bytes / MIB)} MiB`,
  ratio: (r) => `${r.toFixed(2)}x`,
  verdict: (pass) => (pass ? 'PASS' : 'FAIL'),
};

function table(rows) {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => String(r[col]).length)));
  return rows
    .map((r) => r.map((cell, col) => (col === 0 ? String(cell).padEnd(widths[col]) : String(cell).padStart(widths[col]))).join('   '))
    .join('\n');
}

/** Conditions under which the numbers do not mean what they seem to. */
function caveats(floor, awaitify, copyUntouched) {
  const found = [];
  if (!copyUntouched) found.push('a --dry run modified the corpus copy');
  if (floor.details.errors > 0) found.push(`the floor failed to parse ${floor.details.errors} files`);
  const a = awaitify.details;
  if (a.unreadable) return [...found, 'the awaitify --json output could not be read'];
  if (a.files.changed === 0) found.push('awaitify changed no file: this measures discovery, parsing and analysis only');
  if (a.files.failed > 0) found.push(`awaitify failed on ${a.files.failed} files (see --json for which)`);
  if (a.dryComputesDiffs === false) found.push('the dry run skipped the diffs: less work than a real run');
  return found;
}

/** Phases every changed file pays whatever the transforms do: reading, printing and checking it. */
const ENGINE_PHASES = ['parse', 'print', 'syntax-check', 'format', 'diff'];

/**
 * Where awaitify's thread time went (summary.work of its --json report), and the wall time the
 * engine's own phases alone would take on all cores, as a ratio to the floor's: the ratio the
 * pipeline would have if the transforms cost nothing.
 */
function workLines(work, floor, manifest) {
  const total = Object.values(work.phaseMs).reduce((sum, ms) => sum + ms, 0);
  const engineMs = ENGINE_PHASES.reduce((sum, phase) => sum + (work.phaseMs[phase] ?? 0), 0);
  const share = (ms) => `${Math.round((100 * ms) / total)} %`;
  const phases = Object.entries(work.phaseMs)
    .sort((x, y) => y[1] - x[1])
    .map(([phase, ms]) => `${phase} ${fmt.seconds(ms)} (${share(ms)})`);
  const cores = os.cpus().length;
  const engineWallMs = engineMs / cores;
  return [
    `where awaitify's time went: ${fmt.seconds(total)} of thread time over ${fmt.int(work.fileRuns)} file runs in ${work.rounds} rounds (${(work.fileRuns / manifest.files).toFixed(2)} per file)`,
    ...phases.map((phase) => `          ${phase}`),
    `engine phases alone (${ENGINE_PHASES.join(', ')}): ${fmt.seconds(engineMs)} (${share(engineMs)}); on ${cores} cores at best ${fmt.seconds(engineWallMs)}, ${fmt.ratio(engineWallMs / floor.wallMs)} the floor's wall time`,
  ];
}

function printResults({ machine, manifest, floor, awaitify, comparison, warnings }) {
  const a = awaitify.details;
  const lines = [
    '',
    `corpus: ${manifest.files} files (${manifest.js} js, ${manifest.ts} ts; ${manifest.tests} tests, ${manifest.utils} utility modules), ${fmt.int(manifest.loc)} lines, generator ${manifest.generatorVersion}`,
    `machine: ${machine.cores} cores, node ${machine.node}`,
    '',
    table([
      ['', 'wall', 'CPU', 'files/s', 'LOC/s', 'peak RSS'],
      ...[floor, awaitify].map((r) => [
        r.tool,
        fmt.seconds(r.wallMs),
        r.cpuSeconds === null ? 'n/a' : fmt.seconds(r.cpuSeconds * 1000),
        fmt.int(r.filesPerSecond),
        fmt.int(r.locPerSecond),
        fmt.mib(r.peakRssBytes),
      ]),
      ['ratio awaitify/floor', fmt.ratio(comparison.timeRatio), comparison.cpuRatio === null ? '' : fmt.ratio(comparison.cpuRatio), '', '', fmt.ratio(comparison.rssRatio)],
    ]),
    '',
    `floor:    ${floor.command}; ${JSON.stringify(floor.details)}`,
    `awaitify: ${awaitify.command}`,
  ];
  if (a.unreadable) lines.push('          (its --json output could not be read)');
  else {
    lines.push(
      `          files ${JSON.stringify(a.files)}; sites ${JSON.stringify(a.sites)}`,
      `          engine-reported ${fmt.seconds(a.engineMs)}; the rest of the wall time (${fmt.seconds(awaitify.wallMs - a.engineMs)}) is startup and output`,
      `          top skip reasons: ${a.topSkipReasons.map(([code, n]) => `${code} ${n}`).join(', ') || 'none'}`,
      `          dry run computes diffs: ${a.dryComputesDiffs === null ? 'unknown (nothing changed)' : a.dryComputesDiffs ? 'yes (a real run minus the writes)' : 'NO (less work than a real run)'}`,
    );
  }
  if (!a.unreadable && a.work) lines.push('', ...workLines(a.work, floor, manifest));
  for (const warning of warnings) lines.push(`WARNING: ${warning}`);
  lines.push(
    '',
    table([
      [`target: wall time ratio <= ${TARGETS.timeRatio.toFixed(1)}`, fmt.ratio(comparison.timeRatio), fmt.verdict(comparison.timePass)],
      [`target: awaitify peak RSS < ${TARGETS.awaitifyRssBytes / 1024 ** 3} GiB`, fmt.mib(awaitify.peakRssBytes), fmt.verdict(comparison.rssPass)],
    ]),
    '',
  );
  process.stdout.write(lines.join('\n'));
}

// ---------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const options = { files: CORPUS_DEFAULTS.files, runs: 1, json: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--files') options.files = Number(argv[++i]);
    else if (argv[i] === '--runs') options.runs = Number(argv[++i]);
    else if (argv[i] === '--json') options.json = true;
    else throw new Error(`unknown argument ${argv[i]} (usage: node scripts/bench.js [--files N] [--runs N] [--json])`);
  }
  if (!Number.isInteger(options.files) || options.files < 10) throw new Error('--files must be an integer >= 10');
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs must be an integer >= 1');
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(AWAITIFY)) throw new Error(`${path.relative(ROOT, AWAITIFY)} is missing: run \`npm run build\` first`);
  const { dir, manifest } = ensureCorpus(options.files);
  const warmup = ensureCorpus(Math.min(WARMUP_FILES, options.files));
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'awaitify-bench-'));
  try {
    const tools = [floorTool(tmpDir), awaitifyTool()];
    process.stderr.write(`warm-up over ${warmup.manifest.files} files…\n`);
    const warmupCopy = freshCopy(warmup.dir, tmpDir, 'warmup');
    for (const tool of tools) await runTool(tool, warmupCopy);

    const copy = freshCopy(dir, tmpDir, 'corpus');
    const digestBefore = treeDigest(copy);
    const runs = tools.map(() => []);
    // Alternate the tools, so a burst of other work on the machine does not hit only one.
    for (let r = 1; r <= options.runs; r++) {
      for (const [i, tool] of tools.entries()) {
        process.stderr.write(`run ${r}/${options.runs}: ${tool.name} over ${manifest.files} files…\n`);
        runs[i].push(await runTool(tool, copy));
      }
    }
    const [floor, awaitify] = tools.map((tool, i) => summarizeRuns(tool, runs[i], manifest));
    const comparison = compare(floor, awaitify);
    const summary = {
      date: new Date().toISOString(),
      machine: { cores: os.cpus().length, node: process.version },
      manifest,
      floor,
      awaitify,
      comparison,
      targets: TARGETS,
      warnings: caveats(floor, awaitify, treeDigest(copy) === digestBefore),
    };
    printResults(summary);
    if (options.json) {
      fs.mkdirSync(BENCH_DIR, { recursive: true });
      fs.writeFileSync(RESULTS_FILE, JSON.stringify(summary, null, 2) + '\n');
      process.stdout.write(`results written to ${path.relative(ROOT, RESULTS_FILE)}\n`);
    }
    if (!comparison.timePass || !comparison.rssPass) process.exitCode = 1;
  } finally {
    fs.rmSync(tmpDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`bench: ${error.message}\n`);
    process.exitCode = 1;
  });
}

module.exports = { runMeasured, treeRssBytes };
