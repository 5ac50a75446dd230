/** The built CLI end to end, in subprocesses, on temporary projects. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { RunReport } from '../engine/report';
import { listTransforms } from '../transforms';
import { BIN, ROOT, buildOnce, readFile, removeTempProjects, runCli, runCliBytes, tempProject } from './helpers/run-cli';

/** A tail-position error-first callback inside an async function: the callbacks transform lifts it. */
const CONVERTIBLE = `const fs = require('fs');
async function main() {
  fs.readFile('a.txt', 'utf8', (err, text) => {
    if (err) throw err;
    console.log(text);
  });
}
`;
/** Nothing for any transform to do. */
const PLAIN = `function add(a, b) {
  return a + b;
}
module.exports = { add };
`;
/** A syntax error on line 2. */
const BROKEN = `const ok = 1;
function (x) {
`;

const STACK_FRAME = /^\s+at .*:\d+:\d+\)?$/m;

beforeAll(buildOnce);
afterAll(removeTempProjects);

describe('information', () => {
  test('--help shows usage, flags and examples', () => {
    const result = runCli(['--help'], { cwd: tempProject({}) });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('awaitify [paths or globs');
    for (const flag of ['--dry', '--check', '--json', '--stdin', '--transforms', '--skip', '--no-prettier', '--parallel', '--workers']) {
      expect(result.stdout).toContain(flag);
    }
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('Exit codes');
  });

  test('--version prints the package version', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const result = runCli(['--version'], { cwd: tempProject({}) });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });

  test('--list-transforms lists every transform with its description, in pipeline order', () => {
    const result = runCli(['--list-transforms'], { cwd: tempProject({}) });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(listTransforms().length);
    listTransforms().forEach((transform, index) => {
      expect(lines[index]).toMatch(new RegExp(`^${transform.name}\\s+`));
      expect(lines[index]).toContain(transform.description);
    });
  });

  test('npm run build leaves the bin executable, so npx and bin links can run it', () => {
    const mode = fs.statSync(BIN).mode;
    fs.chmodSync(BIN, 0o644); // tsc keeps an existing file's mode: start from a fresh file's
    try {
      execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
      expect(fs.statSync(BIN).mode & 0o111).not.toBe(0);
    } finally {
      fs.chmodSync(BIN, mode);
    }
    expect(fs.readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});

describe('usage errors exit 2 with one line and no stack trace', () => {
  const cases: [string, string[], Record<string, string>, RegExp][] = [
    ['no paths', [], {}, /no paths given/],
    ['an unknown flag', ['--frobnicate', 'src'], {}, /frobnicate/],
    ['a path that does not exist', ['missing/'], {}, /missing/],
    ['a bad --parser', ['--parser', 'coffee', 'src'], {}, /parser/],
    ['a bad --parallel', ['--parallel', 'always', 'src'], {}, /parallel/],
    ['a bad --workers', ['--workers', '0', 'src'], {}, /--workers/],
    ['--quiet with --verbose', ['--quiet', '--verbose', 'src'], {}, /quiet|verbose/],
    ['--stdin with paths', ['--stdin', 'src'], {}, /--stdin/],
    ['an unknown transform in --transforms', ['--transforms', 'callbacks,nope', 'src'], {}, /unknown transform "nope"/],
    ['an unknown transform in --skip', ['--skip', 'nope', 'src'], {}, /unknown transform "nope"/],
    ['a missing --config file', ['--config', 'missing.json', 'src'], {}, /config file not found/],
    ['an invalid awaitify.config.json', ['src'], { 'awaitify.config.json': '{ "colour": true }' }, /unknown config key "colour"/],
    ['an unparsable awaitify.config.json', ['src'], { 'awaitify.config.json': '{ nope' }, /cannot read config/],
  ];

  test.each(cases)('%s', (_name, args, files, message) => {
    const dir = tempProject({ 'src/a.js': CONVERTIBLE, ...files });
    const result = runCli(args, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^awaitify: /);
    expect(lines[0]).toMatch(message);
    expect(lines[1]).toBe('see awaitify --help');
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(readFile(dir, 'src/a.js')).toBe(CONVERTIBLE);
  });
});

describe('config file pickup', () => {
  // An unknown transform name is a usage error, so exit 2 proves the config was read.
  test('awaitify.config.json in the working directory', () => {
    const dir = tempProject({ 'a.js': PLAIN, 'awaitify.config.json': '{ "transforms": ["nope"] }' });
    const result = runCli(['a.js'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown transform "nope"/);
  });

  test('"awaitify" in package.json, found from a subdirectory', () => {
    const dir = tempProject({ 'lib/a.js': PLAIN, 'package.json': '{ "name": "x", "awaitify": { "skip": ["nope"] } }' });
    const result = runCli(['a.js'], { cwd: path.join(dir, 'lib') });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown transform "nope"/);
  });

  test('--config names the file to use', () => {
    const dir = tempProject({ 'a.js': PLAIN, 'conf/awaitify.json': '{ "parallel": "sometimes" }' });
    const result = runCli(['--config', 'conf/awaitify.json', 'a.js'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/"parallel" must be one of/);
  });

  test('a config that skips the callbacks transform leaves convertible code alone', () => {
    const files = { 'a.js': CONVERTIBLE };
    expect(runCli(['--check', 'a.js'], { cwd: tempProject(files) }).code).toBe(1);
    const configured = tempProject({ ...files, 'awaitify.config.json': '{ "skip": ["callbacks"] }' });
    expect(runCli(['--check', 'a.js'], { cwd: configured }).code).toBe(0);
  });
});

describe('--stdin', () => {
  test('unchanged code passes through byte for byte', () => {
    const result = runCli(['--stdin', '--filename', 'a.js'], { cwd: tempProject({}), input: PLAIN });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(PLAIN);
  });

  test('converts stdin to stdout and reports the sites on stderr', () => {
    const result = runCli(['--stdin', '--filename', 'lib/a.js'], { cwd: tempProject({}), input: CONVERTIBLE });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/await /);
    expect(result.stdout).not.toContain('(err, text) =>');
    expect(result.stderr).toMatch(/^lib\/a\.js:\d+:\d+ {2}converted {2}\S+ {2}.+$/m);
  });

  test('--dry prints the diff instead of the code', () => {
    const result = runCli(['--stdin', '--filename', 'a.js', '--dry'], { cwd: tempProject({}), input: CONVERTIBLE });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^--- a\/a\.js$/m);
    expect(result.stdout).toMatch(/^\+.*await /m);
  });

  test('--check prints the file name and exits 1 when it would change, 0 when not', () => {
    const changed = runCli(['--stdin', '--filename', 'a.js', '--check'], { cwd: tempProject({}), input: CONVERTIBLE });
    expect(changed.code).toBe(1);
    expect(changed.stdout).toBe('a.js\n');
    const unchanged = runCli(['--stdin', '--filename', 'a.js', '--check'], { cwd: tempProject({}), input: PLAIN });
    expect(unchanged.code).toBe(0);
    expect(unchanged.stdout).toBe('');
  });

  test('a syntax error echoes the input, reports file:line:col and exits 3', () => {
    const result = runCli(['--stdin', '--filename', 'b.js'], { cwd: tempProject({}), input: BROKEN });
    expect(result.code).toBe(3);
    expect(result.stdout).toBe(BROKEN);
    expect(result.stderr).toMatch(/b\.js:2:\d+ {2}parse-error {2}\S/);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  test('input a file on disk would be refused for (not UTF-8, UTF-16, binary) fails the same way, exit 3, echoed byte for byte', () => {
    const cases: Array<[string, Buffer, RegExp]> = [
      ['latin1', Buffer.from('// caf\xe9\nconst x = 1;\n', 'latin1'), /latin\.js {2}invalid-utf8 {2}file is not valid UTF-8/],
      ['utf-16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('const x = 1;\n', 'utf16le')]), /latin\.js {2}invalid-utf8 {2}.*UTF-16/],
      ['nul', Buffer.from('const x = 1;\0\n'), /latin\.js {2}binary {2}/],
    ];
    for (const [label, input, message] of cases) {
      const result = runCliBytes(['--stdin', '--filename', 'latin.js'], { cwd: tempProject({}), input });
      expect({ label, code: result.code }).toEqual({ label, code: 3 });
      expect(result.stdout.equals(input)).toBe(true);
      expect(result.stderr).toMatch(message);
      // Path mode says the same about the same bytes.
      const dir = tempProject({});
      fs.writeFileSync(path.join(dir, 'latin.js'), input);
      const onDisk = runCli(['latin.js'], { cwd: dir });
      expect(onDisk.code).toBe(3);
      expect(onDisk.stderr).toMatch(message);
    }
    const json = runCliBytes(['--stdin', '--filename', 'latin.js', '--json'], { cwd: tempProject({}), input: cases[0][1] });
    expect(json.code).toBe(3);
    const report = JSON.parse(json.stdout.toString('utf8')) as RunReport;
    expect(report.files).toEqual([expect.objectContaining({ file: 'latin.js', status: 'failed', error: expect.objectContaining({ code: 'invalid-utf8' }) })]);
  });

  test('--json prints only the report', () => {
    const result = runCli(['--stdin', '--filename', 'b.js', '--json'], { cwd: tempProject({}), input: BROKEN });
    expect(result.code).toBe(3);
    const report = JSON.parse(result.stdout) as RunReport;
    expect(report.files).toEqual([expect.objectContaining({ file: 'b.js', status: 'failed' })]);
    expect(report.files[0].error).toMatchObject({ code: 'parse-error', line: 2 });
  });
});

describe('runs over files', () => {
  test('rewrites in place; untouched files stay byte-identical; the summary goes to stderr', () => {
    const dir = tempProject({ 'src/a.js': CONVERTIBLE, 'src/plain.js': PLAIN });
    const result = runCli(['src'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFile(dir, 'src/a.js')).toMatch(/await /);
    expect(readFile(dir, 'src/a.js')).not.toContain('(err, text) =>');
    expect(readFile(dir, 'src/plain.js')).toBe(PLAIN);
    expect(result.stderr).toMatch(/2 scanned/);
    expect(result.stderr).toMatch(/1 changed/);
    expect(result.stderr).toMatch(/1 converted/);
  });

  test('--dry prints the unified diff and the closing hint, and writes nothing', () => {
    const dir = tempProject({ 'src/a.js': CONVERTIBLE, 'src/plain.js': PLAIN });
    const result = runCli(['--dry', 'src'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^--- .*a\.js/m);
    expect(result.stdout).toMatch(/^\+\+\+ .*a\.js/m);
    expect(result.stdout).toMatch(/^@@ /m);
    expect(result.stdout).toMatch(/^\+.*await /m);
    expect(result.stdout).not.toContain('plain.js');
    expect(result.stderr).toMatch(/run without --dry/);
    expect(readFile(dir, 'src/a.js')).toBe(CONVERTIBLE);
  });

  test('--dry on a terminal (FORCE_COLOR) colours the diff', () => {
    const dir = tempProject({ 'a.js': CONVERTIBLE });
    const result = runCli(['--dry', 'a.js'], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(result.stdout).toMatch(/\x1b\[32m\+/);
    expect(result.stdout).toMatch(/\x1b\[31m-/);
  });

  test('--check exits 0 when nothing would change', () => {
    const dir = tempProject({ 'plain.js': PLAIN });
    const result = runCli(['--check', '.'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
  });

  test('--check exits 1 and lists the files that would change, writing nothing', () => {
    const dir = tempProject({ 'src/a.js': CONVERTIBLE, 'src/plain.js': PLAIN });
    const result = runCli(['--check', 'src'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n').map((file) => path.resolve(dir, file))).toEqual([path.join(dir, 'src/a.js')]);
    expect(readFile(dir, 'src/a.js')).toBe(CONVERTIBLE);
  });

  test('--json prints only the report, one entry per file scanned', () => {
    const dir = tempProject({ 'src/a.js': CONVERTIBLE, 'src/plain.js': PLAIN, 'src/notes.txt': 'not code' });
    const result = runCli(['--json', '--dry', 'src'], { cwd: dir });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as RunReport;
    const byFile = Object.fromEntries(report.files.map((file) => [path.resolve(dir, file.file), file]));
    expect(Object.keys(byFile).sort()).toEqual([path.join(dir, 'src/a.js'), path.join(dir, 'src/plain.js')]);
    expect(byFile[path.join(dir, 'src/plain.js')].status).toBe('unchanged');
    expect(byFile[path.join(dir, 'src/a.js')].status).toBe('changed');
    expect(report.summary.files).toEqual({ scanned: 2, changed: 1, unchanged: 1, failed: 0 });
  });

  test('--extensions and --ignore choose the files', () => {
    const dir = tempProject({ 'a.js': PLAIN, 'b.ts': PLAIN, 'vendor/c.js': PLAIN });
    const scanned = (args: string[]): string[] => {
      const result = runCli(['--json', ...args, '.'], { cwd: dir });
      expect(result.code).toBe(0);
      return (JSON.parse(result.stdout) as RunReport).files.map((file) => path.resolve(dir, file.file)).sort();
    };
    expect(scanned(['--extensions', 'ts'])).toEqual([path.join(dir, 'b.ts')]);
    expect(scanned(['--ignore', 'vendor/**'])).toEqual([path.join(dir, 'a.js'), path.join(dir, 'b.ts')]);
  });

  test('a negated glob among the paths leaves files out; negations alone are a usage error', () => {
    const dir = tempProject({ 'src/a.js': CONVERTIBLE, 'src/vendor/v.js': CONVERTIBLE });
    const result = runCli(['--check', 'src/**/*.js', '!src/vendor/**'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('src/a.js\n');
    const alone = runCli(['--check', '!src/vendor/**'], { cwd: dir });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/^awaitify: only exclusions given/m);
  });

  test('--transforms and --skip choose the transforms', () => {
    const dir = tempProject({ 'a.js': CONVERTIBLE });
    expect(runCli(['--check', '--transforms', 'callbacks', 'a.js'], { cwd: dir }).code).toBe(1);
    expect(runCli(['--check', '--skip', 'callbacks', 'a.js'], { cwd: dir }).code).toBe(0);
  });

  test('files with uncommitted git changes are refused (exit 2) unless --force', () => {
    const dir = tempProject({ 'a.js': PLAIN });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'init');
    fs.writeFileSync(path.join(dir, 'a.js'), CONVERTIBLE);

    const refused = runCli(['a.js'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^awaitify: .*uncommitted/m);
    expect(refused.stderr).toMatch(/--force/);
    expect(readFile(dir, 'a.js')).toBe(CONVERTIBLE);

    expect(runCli(['--force', 'a.js'], { cwd: dir }).code).toBe(0);
    expect(readFile(dir, 'a.js')).toMatch(/await /);
  });

  test('untracked files git ignores outside .gitignore (info/exclude, core.excludesFile) are refused unless --force', () => {
    const dir = tempProject({ 'a.js': PLAIN, '.gitignore': 'built.js\n' });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'init');
    // Git has no copy of any of these: rewriting them in place could not be undone.
    for (const name of ['local.js', 'scratch/b.js', 'global.js', 'built.js']) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), CONVERTIBLE);
    }
    fs.appendFileSync(path.join(dir, '.git/info/exclude'), 'local.js\nscratch/\n');
    const globalConfig = path.join(dir, '.git/test-global-config');
    fs.writeFileSync(path.join(dir, '.git/test-global-excludes'), 'global.js\n');
    fs.writeFileSync(globalConfig, `[core]\n\texcludesFile = ${path.join(dir, '.git/test-global-excludes')}\n`);
    const env = { GIT_CONFIG_GLOBAL: globalConfig };

    const refused = runCli(['.'], { cwd: dir, env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^awaitify: refusing to rewrite 3 file\(s\) with uncommitted changes/m);
    expect(refused.stderr).toMatch(/^ {2}local\.js$/m);
    expect(refused.stderr).toMatch(/^ {2}scratch\/b\.js$/m);
    expect(refused.stderr).toMatch(/^ {2}global\.js$/m);
    expect(refused.stderr).toMatch(/--force/);
    for (const name of ['local.js', 'scratch/b.js', 'global.js']) expect(readFile(dir, name)).toBe(CONVERTIBLE);

    expect(runCli(['--force', '.'], { cwd: dir, env }).code).toBe(0);
    for (const name of ['local.js', 'scratch/b.js', 'global.js']) expect(readFile(dir, name)).toMatch(/await /);
    // A .gitignore'd file is still not a target at all.
    expect(readFile(dir, 'built.js')).toBe(CONVERTIBLE);
  });

  test('--quiet prints nothing on success', () => {
    const dir = tempProject({ 'plain.js': PLAIN });
    const result = runCli(['--quiet', 'plain.js'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('');
  });

  test('--verbose prints one line per site', () => {
    const dir = tempProject({ 'a.js': CONVERTIBLE });
    const result = runCli(['--verbose', '--dry', 'a.js'], { cwd: dir });
    expect(result.stderr).toMatch(/^a\.js:\d+:\d+ {2}converted {2}\S+ {2}.+$/m);
  });
});

describe('tape tests follow the tape version the package declares', () => {
  const TAPE_TEST = `const test = require('tape');
const db = require('../lib/db');

test('loads a user', function (t) {
  db.load(1, function (err, user) {
    if (err) return t.end(err);
    t.equal(user.id, 1);
    t.end();
  });
});
`;
  const project = (tape: string) => tempProject({ 'package.json': JSON.stringify({ name: 'x', devDependencies: { tape } }), 'test/db.test.js': TAPE_TEST });

  test('tape 5 awaits a returned promise: the test becomes async, in place', () => {
    const dir = project('^5');
    const result = runCli(['test'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFile(dir, 'test/db.test.js')).toBe(`const test = require('tape');
const db = require('../lib/db');

const { promisify } = require('util');

test('loads a user', async function (t) {
  const user = await promisify(db.load).call(db, 1);
  t.equal(user.id, 1);
});
`);
    expect(runCli(['--check', 'test'], { cwd: dir }).code).toBe(0);
  });

  test('tape 4 ignores it: the test keeps t.end', () => {
    const dir = project('^4');
    const result = runCli(['--json', 'test'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFile(dir, 'test/db.test.js')).toBe(TAPE_TEST);
    const report = JSON.parse(result.stdout) as RunReport;
    expect(report.files.flatMap((f) => f.sites.map((s) => s.code))).toEqual(['enclosing-function-not-async']);
  });
});

describe('bad files', () => {
  test('a syntax error fails its file with file:line and exit 3; the other files are still processed', () => {
    const dir = tempProject({ 'src/bad.js': BROKEN, 'src/plain.js': PLAIN });
    const result = runCli(['src'], { cwd: dir });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/bad\.js:2:\d+ {2}parse-error {2}\S/);
    expect(result.stderr).toMatch(/1 failed/);
    expect(result.stderr).toMatch(/1 unchanged/);
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(readFile(dir, 'src/bad.js')).toBe(BROKEN);
  });

  test('a syntax error does not stop the conversion of the other files', () => {
    const dir = tempProject({ 'src/bad.js': BROKEN, 'src/a.js': CONVERTIBLE });
    const result = runCli(['src'], { cwd: dir });
    expect(result.code).toBe(3);
    expect(readFile(dir, 'src/a.js')).toMatch(/await /);
  });

  test('failures outrank changes under --check, and the report still parses under --json', () => {
    const dir = tempProject({ 'src/bad.js': BROKEN, 'src/plain.js': PLAIN });
    const result = runCli(['--check', '--json', 'src'], { cwd: dir });
    expect(result.code).toBe(3);
    const report = JSON.parse(result.stdout) as RunReport;
    const bad = report.files.find((file) => file.file.endsWith('bad.js'));
    expect(bad).toMatchObject({ status: 'failed', error: { code: 'parse-error', line: 2 } });
  });
});
