import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { applyPatch } from 'diff';
import { unifiedDiff } from '../engine/diff';
import { UsageError } from '../engine/errors';
import { findUncommittedFiles, parsePorcelainZ, uncommittedFilesError } from '../engine/git';
import { createPackageTypeLookup } from '../engine/package-type';
import { changedSince, MINIFIED_LINE_LENGTH, readSource } from '../engine/read-source';
import { writeFileAtomic } from '../engine/write-atomic';
import { makeTree, permissionsAreEnforced, removeTrees, writeFiles } from './engine-temp-tree';

afterEach(() => {
  jest.restoreAllMocks();
  removeTrees();
});

describe('readSource', () => {
  const read = (content: string | Buffer, maxBytes?: number) => {
    const root = makeTree({ 'f.js': content });
    return readSource(path.join(root, 'f.js'), maxBytes);
  };
  const errorCode = (result: ReturnType<typeof readSource>) => (result.ok ? 'ok' : result.error.code);

  test('reads UTF-8 text and keeps a BOM in it', () => {
    const result = read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('const é = 1;\r\n')]));
    expect(result.ok && result.file.source).toBe('\uFEFFconst é = 1;\r\n');
  });

  test('binary, invalid UTF-8, UTF-16, too large and minified files fail with a code and a message', () => {
    expect(errorCode(read(Buffer.from([0x63, 0x00, 0x64])))).toBe('binary');
    expect(errorCode(read(Buffer.from([0x61, 0xc3, 0x28, 0x0a])))).toBe('invalid-utf8');
    expect(errorCode(read(Buffer.from('\ufeffx', 'utf16le')))).toBe('invalid-utf8');
    const big = read('x'.repeat(100) + '\n', 50);
    expect(big).toEqual({ ok: false, error: { code: 'too-large', message: expect.stringContaining('50 bytes limit') } });
    const minified = read('var a=1;'.repeat(MINIFIED_LINE_LENGTH / 8 + 1));
    expect(minified).toEqual({ ok: false, error: { code: 'minified', message: expect.stringContaining('minified') } });
    expect(errorCode(read('a\n'.repeat(MINIFIED_LINE_LENGTH)))).toBe('ok');
  });

  test('a missing file or a directory is unreadable, not a throw', () => {
    const root = makeTree({ 'dir/x.js': '' });
    expect(readSource(path.join(root, 'gone.js'))).toMatchObject({ ok: false, error: { code: 'unreadable' } });
    expect(readSource(path.join(root, 'dir'))).toMatchObject({ ok: false, error: { code: 'unreadable' } });
  });

  const enforced = permissionsAreEnforced();
  (enforced ? test : test.skip)('a chmod 000 file is unreadable (skipped when running as root)', () => {
    const root = makeTree({ 'locked.js': 'x' });
    fs.chmodSync(path.join(root, 'locked.js'), 0o000);
    expect(readSource(path.join(root, 'locked.js'))).toMatchObject({ ok: false, error: { code: 'unreadable' } });
  });

  test('changedSince notices a rewrite', () => {
    const root = makeTree({ 'f.js': 'one' });
    const file = path.join(root, 'f.js');
    const result = readSource(file);
    if (!result.ok) throw new Error('expected a readable file');
    expect(changedSince(file, result.file.stamp)).toBe(false);
    fs.writeFileSync(file, 'three');
    expect(changedSince(file, result.file.stamp)).toBe(true);
  });
});

describe('writeFileAtomic', () => {
  test('replaces the content and keeps the file mode', () => {
    const root = makeTree({ 'run.js': 'old', 'private.js': 'old' });
    fs.chmodSync(path.join(root, 'run.js'), 0o755);
    fs.chmodSync(path.join(root, 'private.js'), 0o600);
    writeFileAtomic(path.join(root, 'run.js'), 'new');
    writeFileAtomic(path.join(root, 'private.js'), 'new');
    expect(fs.readFileSync(path.join(root, 'run.js'), 'utf8')).toBe('new');
    expect(fs.statSync(path.join(root, 'run.js')).mode & 0o777).toBe(0o755);
    expect(fs.statSync(path.join(root, 'private.js')).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(root).sort()).toEqual(['private.js', 'run.js']);
  });

  test('writes through a symbolic link and keeps the link', () => {
    const root = makeTree({ 'real.js': 'old' });
    fs.symlinkSync('real.js', path.join(root, 'link.js'));
    writeFileAtomic(path.join(root, 'link.js'), 'new');
    expect(fs.lstatSync(path.join(root, 'link.js')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(root, 'real.js'), 'utf8')).toBe('new');
  });

  test('on failure the original is untouched and no temp file is left', () => {
    const root = makeTree({ 'f.js': 'original' });
    jest.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw Object.assign(new Error('disk on fire'), { code: 'EIO' });
    });
    expect(() => writeFileAtomic(path.join(root, 'f.js'), 'new')).toThrow('disk on fire');
    expect(fs.readFileSync(path.join(root, 'f.js'), 'utf8')).toBe('original');
    expect(fs.readdirSync(root)).toEqual(['f.js']);
  });
});

describe('unifiedDiff', () => {
  test('has a/ and b/ headers and only the changed hunk', () => {
    const diff = unifiedDiff('src/x.js', 'a\nb\nc\n', 'a\nB\nc\n');
    expect(diff).toBe('--- a/src/x.js\n+++ b/src/x.js\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n');
  });

  test('CRLF lines keep their \\r, so the patch applies to the CRLF file', () => {
    const diff = unifiedDiff('x.js', 'a\r\nb\r\n', 'a\r\nB\r\n');
    expect(diff).toContain('\n a\r\n-b\r\n+B\r\n');
    expect(diff).not.toMatch(/^-a/m);
  });

  const numbered = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${from + i}\n`).join('');

  test('changes up to six lines apart share a hunk; further apart, each has its own with three lines of context', () => {
    const before = numbered(1, 30);
    const near = before.replace('3\n', 'X\n').replace('10\n', 'Y\n');
    expect(unifiedDiff('x.js', before, near).match(/^@@.*$/gm)).toEqual(['@@ -1,13 +1,13 @@']);
    const far = before.replace('3\n', 'X\n').replace('11\n', 'Y\n');
    expect(unifiedDiff('x.js', before, far).match(/^@@.*$/gm)).toEqual(['@@ -1,6 +1,6 @@', '@@ -8,7 +8,7 @@']);
  });

  test('a last line without a newline is marked, on the side that lacks it', () => {
    expect(unifiedDiff('x.js', 'a\nb', 'a\nb\n')).toBe('--- a/x.js\n+++ b/x.js\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n');
    expect(unifiedDiff('x.js', 'a\n', '')).toBe('--- a/x.js\n+++ b/x.js\n@@ -1,1 +0,0 @@\n-a\n');
  });

  test('every patch applies to the file it was made from and gives the new text', () => {
    const cases: Array<[string, string]> = [
      ['', 'a\n'],
      ['a', 'b'],
      ['\uFEFFa\r\nb\r\n', '\uFEFFa\r\nB\r\nc'],
      [numbered(1, 40), numbered(1, 40).replace('2\n', '').replace('20\n', '20\n20b\n').replace('40\n', 'forty')],
      ['x\n\n\ny\n', 'y\n\n\nx\n'],
    ];
    for (const [before, after] of cases) expect(applyPatch(before, unifiedDiff('x.js', before, after))).toBe(after);
  });
});

describe('package type lookup', () => {
  test('the nearest package.json decides, even without "type"', () => {
    const root = makeTree({
      'package.json': '{ "type": "module" }',
      'src/a.js': '',
      'legacy/package.json': '{ "name": "legacy" }',
      'legacy/deep/b.js': '',
      'broken/package.json': '{ nope',
      'broken/c.js': '',
    });
    const typeOf = createPackageTypeLookup();
    expect(typeOf(path.join(root, 'src/a.js'))).toBe('module');
    expect(typeOf(path.join(root, 'legacy/deep/b.js'))).toBe('commonjs');
    expect(typeOf(path.join(root, 'broken/c.js'))).toBe('commonjs');
  });
});

describe('git: uncommitted files', () => {
  const git = (cwd: string, ...args: string[]) => {
    const result = spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  };

  test('lists modified, staged, untracked and renamed files, not clean ones; none outside git', () => {
    const root = makeTree({ 'clean.js': '1', 'modified.js': '1', 'staged.js': '1', 'old name.js': '1' });
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'init');
    writeFiles(root, { 'modified.js': '2', 'staged.js': '2', 'new/untracked.js': '1' });
    git(root, 'add', 'staged.js');
    git(root, 'mv', 'old name.js', 'new name.js');
    const files = ['clean.js', 'modified.js', 'staged.js', 'new name.js', 'new/untracked.js'].map((f) => path.join(root, f));
    expect(findUncommittedFiles(files).map((f) => path.relative(root, f))).toEqual([
      'modified.js',
      'staged.js',
      'new name.js',
      'new/untracked.js',
    ]);
    const outside = makeTree({ 'a.js': '' });
    expect(findUncommittedFiles([path.join(outside, 'a.js')])).toEqual([]);
  });

  test('porcelain -z parsing skips the origin of renames', () => {
    expect(parsePorcelainZ(' M a.js\0R  new.js\0old.js\0?? dir/b c.js\0')).toEqual(['a.js', 'new.js', 'dir/b c.js']);
  });

  test('the refusal lists at most 10 files and says --force', () => {
    const error = uncommittedFilesError(Array.from({ length: 12 }, (_, i) => `f${i}.js`));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toContain('f9.js');
    expect(error.message).not.toContain('f10.js');
    expect(error.message).toContain('and 2 more');
    expect(error.message).toContain('--force');
  });
});

describe('an explicit --config package.json', () => {
  test('reads its "awaitify" key, not the whole manifest', () => {
    const root = makeTree({ 'package.json': JSON.stringify({ name: 'x', awaitify: { keepApi: true } }) });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { loadConfig } = require('../engine/config') as typeof import('../engine/config');
    expect(loadConfig(root, 'package.json').config).toEqual({ keepApi: true });
  });
});
