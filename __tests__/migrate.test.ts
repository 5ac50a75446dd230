/**
 * migrate() end to end on real temp directories, in-process (ts-jest runs the TypeScript sources,
 * so there is no compiled worker). The transform registry is replaced by small test transforms so
 * these tests do not depend on what the real transforms convert yet; everything else — discovery,
 * the real pipeline (parse once, recast print, re-parse), prettier, writes, diffs, the report —
 * is the real thing. Worker runs are covered by engine-migrate-workers.test.ts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../engine/errors';
import { migrate } from '../engine/migrate';
import type { MigrateOptions, ProgressEvent } from '../engine/migrate-options';
import type { FileReport } from '../engine/report';
import { makeTree, permissionsAreEnforced, removeTrees, writeFiles } from './engine-temp-tree';

jest.mock('../transforms', () => {
  type Ctx = import('../transforms/lib/plugin').TransformContext;
  const transforms = [
    {
      // Renames `oldName` to `newName`: a change that keeps the rest of the file's text.
      name: 'rename',
      description: 'test: rename oldName',
      run(ctx: Ctx) {
        const found = ctx.root.find(ctx.j.Identifier, { name: 'oldName' });
        found.forEach((p) => {
          p.node.name = 'newName';
          ctx.report.converted(p.node, 'renamed', 'renamed oldName');
        });
        return found.size() > 0;
      },
    },
    {
      // Reports what the engine handed the transform, and misbehaves on request.
      name: 'probe',
      description: 'test: report context, fail or stall on request',
      run(ctx: Ctx) {
        if (ctx.source.includes('REPORT_CONTEXT')) {
          ctx.report.note(null, `module-kind:${ctx.moduleKind}`, 'module kind');
          for (const [specifier, target] of Object.entries(ctx.project.resolutions[ctx.filename] ?? {})) {
            ctx.report.note(null, `resolves:${specifier}->${target}`, 'resolution');
          }
        }
        if (ctx.source.includes('EXPLODE')) throw new Error('boom');
        if (ctx.source.includes('STALL')) {
          const until = Date.now() + 300;
          while (Date.now() < until);
        }
        return false;
      },
    },
  ];
  const getTransform = (name: string) => {
    const found = transforms.find((t) => t.name === name);
    if (!found) throw new (jest.requireActual('../engine/errors').UsageError)(`unknown transform "${name}"`);
    return found;
  };
  return {
    listTransforms: () => transforms,
    getTransform,
    selectTransforms: (only?: string[], skip: string[] = []) => {
      for (const name of [...(only ?? []), ...skip]) getTransform(name);
      return transforms.map((t) => t.name).filter((n) => (!only || only.length === 0 || only.includes(n)) && !skip.includes(n));
    },
  };
});

afterEach(removeTrees);

const run = (root: string, options: Partial<MigrateOptions> = {}) =>
  migrate({ paths: ['.'], cwd: root, config: false, prettier: false, ...options });

const byFile = (files: FileReport[]) => Object.fromEntries(files.map((f) => [f.file, f]));
const read = (root: string, file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe('migrate: writing', () => {
  test('rewrites changed files in place, leaves the others alone, reports and summarizes', async () => {
    const root = makeTree({
      'src/a.js': 'const oldName = 1;\nconsole.log(oldName);\n',
      'src/b.js': 'const other = 1;\n',
      'src/c.ts': 'export const x: number = oldName;\n',
    });
    const untouchedMtime = fs.statSync(path.join(root, 'src/b.js')).mtimeMs;
    const report = await run(root);
    expect(report.files.map((f) => [f.file, f.status, f.written])).toEqual([
      ['src/a.js', 'changed', true],
      ['src/b.js', 'unchanged', undefined],
      ['src/c.ts', 'changed', true],
    ]);
    expect(read(root, 'src/a.js')).toBe('const newName = 1;\nconsole.log(newName);\n');
    expect(read(root, 'src/c.ts')).toBe('export const x: number = newName;\n');
    expect(fs.statSync(path.join(root, 'src/b.js')).mtimeMs).toBe(untouchedMtime);
    expect(byFile(report.files)['src/a.js'].sites).toEqual([
      { kind: 'converted', transform: 'rename', code: 'renamed', message: 'renamed oldName', line: 1, column: 6 },
      { kind: 'converted', transform: 'rename', code: 'renamed', message: 'renamed oldName', line: 2, column: 12 },
    ]);
    expect(byFile(report.files)['src/a.js'].diff).toBeUndefined();
    expect(report.summary).toMatchObject({
      files: { scanned: 3, changed: 2, unchanged: 1, failed: 0 },
      sites: { converted: 3, skipped: 0, notes: 0 },
    });
    // Idempotent: the second run finds nothing to do.
    const again = await run(root);
    expect(again.summary.files).toEqual({ scanned: 3, changed: 0, unchanged: 3, failed: 0 });
  });

  test('keeps the file mode of rewritten files', async () => {
    const root = makeTree({ 'bin/tool.js': '#!/usr/bin/env node\nrun(oldName);\n', 'lib/secret.js': 'use(oldName);\n' });
    fs.chmodSync(path.join(root, 'bin/tool.js'), 0o755);
    fs.chmodSync(path.join(root, 'lib/secret.js'), 0o640);
    await run(root);
    expect(fs.statSync(path.join(root, 'bin/tool.js')).mode & 0o777).toBe(0o755);
    expect(fs.statSync(path.join(root, 'lib/secret.js')).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(path.join(root, 'lib'))).toEqual(['secret.js']);
  });

  test('preserves BOM, CRLF, shebang and directives', async () => {
    const crlf = '#!/usr/bin/env node\r\n"use strict";\r\n\r\n// keep me\r\nconst oldName = require("x");\r\nmodule.exports = oldName;\r\n';
    const root = makeTree({
      'crlf.js': crlf,
      'bom.js': "\uFEFF'use client';\nexport const a = oldName;\n",
    });
    await run(root);
    expect(read(root, 'crlf.js')).toBe(crlf.replace(/oldName/g, 'newName'));
    expect(read(root, 'bom.js')).toBe("\uFEFF'use client';\nexport const a = newName;\n");
  });

  test('prettier formats changed files only', async () => {
    const root = makeTree({
      '.prettierrc': '{ "singleQuote": true }',
      'changed.js': 'const   oldName = "x"\n',
      'ugly.js': 'const   untouched = "x"\n',
    });
    await run(root, { prettier: 'auto' });
    expect(read(root, 'changed.js')).toBe("const newName = 'x';\n");
    expect(read(root, 'ugly.js')).toBe('const   untouched = "x"\n');
  });

  test('prettier auto: a package.json "prettier" key is a config, in the file\'s directory or above; a prettier devDependency is not', async () => {
    const root = makeTree({
      'styled/package.json': '{ "prettier": { "singleQuote": true } }',
      'styled/deep/a.js': 'const   oldName = "x"\n',
      'plain/package.json': '{ "devDependencies": { "prettier": "^3" } }',
      'plain/b.js': 'const   oldName = "x"\n',
    });
    await run(root, { prettier: 'auto' });
    expect(read(root, 'styled/deep/a.js')).toBe("const newName = 'x';\n");
    expect(read(root, 'plain/b.js')).toBe('const   newName = "x"\n');
  });

  test('prettier auto: .editorconfig fills in the config, and a file .prettierignore lists is not formatted', async () => {
    const root = makeTree({
      'styled/.prettierrc': '{}',
      'styled/.editorconfig': 'root = true\n[*]\nindent_style = tab\n',
      'styled/a.js': 'if (x) {\n  oldName()\n}\n',
      'ignoring/.prettierrc': '{}',
      'ignoring/.prettierignore': 'b.js\n',
      'ignoring/b.js': 'if (x) {\n  oldName()\n}\n',
    });
    await run(root, { prettier: 'auto' });
    expect(read(root, 'styled/a.js')).toBe('if (x) {\n\tnewName();\n}\n');
    expect(read(root, 'ignoring/b.js')).toBe('if (x) {\n  newName()\n}\n');
  });

  test('diff: true attaches diffs when writing too', async () => {
    const root = makeTree({ 'a.js': 'f(oldName);\n' });
    const report = await run(root, { diff: true });
    expect(report.files[0]).toMatchObject({ status: 'changed', written: true, diff: expect.stringContaining('+f(newName);') });
  });
});

describe('migrate: dry and check', () => {
  test.each([['dry'], ['check']])('%s writes nothing and returns unified diffs', async (mode) => {
    const source = 'const oldName = 1;\nconst keep = 2;\n';
    const root = makeTree({ 'src/a.js': source, 'src/b.js': 'const b = 1;\n' });
    const before = fs.statSync(path.join(root, 'src/a.js')).mtimeMs;
    const report = await run(root, { [mode]: true });
    expect(read(root, 'src/a.js')).toBe(source);
    expect(fs.statSync(path.join(root, 'src/a.js')).mtimeMs).toBe(before);
    const a = byFile(report.files)['src/a.js'];
    expect(a).toMatchObject({ status: 'changed', written: false });
    expect(a.diff).toBe(
      '--- a/src/a.js\n+++ b/src/a.js\n@@ -1,2 +1,2 @@\n-const oldName = 1;\n+const newName = 1;\n const keep = 2;\n',
    );
    expect(byFile(report.files)['src/b.js'].diff).toBeUndefined();
  });
});

describe('migrate: bad files never stop the run', () => {
  test('each bad file is failed with a code, untouched; good files are still written', async () => {
    const root = makeTree({
      'good.js': 'use(oldName);\n',
      'syntax.js': 'use(oldName;\n',
      'binary.js': Buffer.from([0x75, 0x73, 0x65, 0x00, 0x28]),
      'latin1.js': Buffer.from([0x2f, 0x2f, 0x20, 0xe9, 0x0a]),
      'minified.js': 'var oldName=1;'.repeat(1000),
      'huge.js': `// ${'x'.repeat(2000)}\n`.repeat(1100) + 'use(oldName);\n',
      'explode.js': '// EXPLODE\nuse(oldName);\n',
    });
    const before = Object.fromEntries(fs.readdirSync(root).map((f) => [f, fs.readFileSync(path.join(root, f))]));
    const report = await run(root);
    const files = byFile(report.files);
    expect(Object.fromEntries(report.files.map((f) => [f.file, f.error?.code ?? f.status]))).toEqual({
      'binary.js': 'binary',
      'explode.js': 'transform-error',
      'good.js': 'changed',
      'huge.js': 'too-large',
      'latin1.js': 'invalid-utf8',
      'minified.js': 'minified',
      'syntax.js': 'parse-error',
    });
    expect(files['explode.js'].error?.message).toContain('boom');
    expect(files['syntax.js'].error).toMatchObject({ line: 1 });
    for (const [name, bytes] of Object.entries(before)) {
      // Buffer.equals: jest's deep equality walks a 2 MB buffer byte by byte.
      if (name !== 'good.js') expect([name, fs.readFileSync(path.join(root, name)).equals(bytes)]).toEqual([name, true]);
    }
    expect(read(root, 'good.js')).toBe('use(newName);\n');
    expect(report.summary.files).toEqual({ scanned: 7, changed: 1, unchanged: 0, failed: 6 });
  });

  test('maxFileBytes sets the size limit', async () => {
    const root = makeTree({ 'a.js': 'use(oldName);\n' });
    const report = await run(root, { maxFileBytes: 10 });
    expect(report.files[0].error?.code).toBe('too-large');
  });

  const enforced = permissionsAreEnforced();
  (enforced ? test : test.skip)('an unreadable file is failed (skipped when running as root)', async () => {
    const root = makeTree({ 'locked.js': 'use(oldName);\n', 'ok.js': 'use(oldName);\n' });
    fs.chmodSync(path.join(root, 'locked.js'), 0o000);
    const report = await run(root);
    expect(report.files.map((f) => [f.file, f.error?.code ?? f.status])).toEqual([
      ['locked.js', 'unreadable'],
      ['ok.js', 'changed'],
    ]);
  });

  test('a file over the time limit is failed as timeout and left untouched (in-process: after it ends)', async () => {
    const root = makeTree({ 'slow.js': '// STALL\nuse(oldName);\n', 'fast.js': 'use(oldName);\n' });
    const report = await run(root, { timeoutMs: 100 });
    expect(byFile(report.files)['slow.js'].error).toEqual({ code: 'timeout', message: expect.stringContaining('100 ms') });
    expect(read(root, 'slow.js')).toBe('// STALL\nuse(oldName);\n');
    expect(byFile(report.files)['fast.js'].status).toBe('changed');
  });

  test('a symlink loop in the tree is not a problem', async () => {
    const root = makeTree({ 'src/a.js': 'use(oldName);\n' });
    fs.symlinkSync('..', path.join(root, 'src/loop'));
    fs.symlinkSync('me', path.join(root, 'src/me'));
    const report = await run(root);
    expect(report.files.map((f) => f.file)).toEqual(['src/a.js']);
  });
});

describe('migrate: git work trees', () => {
  const git = (cwd: string, ...args: string[]) => {
    const result = spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  };
  const repo = (files: Record<string, string>) => {
    const root = makeTree(files);
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'init');
    return root;
  };

  test('refuses to write over uncommitted changes, naming the files and --force', async () => {
    const root = repo({ 'a.js': 'use(oldName);\n', 'b.js': 'use(oldName);\n' });
    writeFiles(root, { 'b.js': 'use(oldName); // my edit\n', 'new.js': 'use(oldName);\n' });
    const refused = run(root);
    await expect(refused).rejects.toThrow(UsageError);
    await expect(run(root)).rejects.toThrow(/b\.js[\s\S]*new\.js[\s\S]*--force/);
    expect(read(root, 'a.js')).toBe('use(oldName);\n');
  });

  test('dry runs, check runs and --force proceed', async () => {
    const root = repo({ 'a.js': 'use(oldName);\n' });
    writeFiles(root, { 'a.js': 'use(oldName); // my edit\n' });
    expect((await run(root, { dry: true })).summary.files.changed).toBe(1);
    expect((await run(root, { check: true })).summary.files.changed).toBe(1);
    expect(read(root, 'a.js')).toBe('use(oldName); // my edit\n');
    await run(root, { force: true });
    expect(read(root, 'a.js')).toBe('use(newName); // my edit\n');
  });

  test('a clean work tree is rewritten; dirty files outside the targets do not matter', async () => {
    const root = repo({ 'src/a.js': 'use(oldName);\n', 'other/b.js': '' });
    writeFiles(root, { 'other/b.js': 'dirty' });
    await run(root, { paths: ['src'] });
    expect(read(root, 'src/a.js')).toBe('use(newName);\n');
  });
});

describe('migrate: what transforms receive', () => {
  test('the package type and the resolutions of the project phase', async () => {
    const root = makeTree({
      'esm/package.json': '{ "type": "module" }',
      'esm/a.js': "// REPORT_CONTEXT\nimport b from './b';\nexport default b;\n",
      'esm/b.js': 'export default 1;\n',
      'cjs/c.js': "// REPORT_CONTEXT\nimport d from '../esm/b.js';\nexport default d;\n",
    });
    const report = byFile((await run(root)).files);
    const codes = (file: string) => report[file].sites.map((s) => s.code);
    expect(codes('esm/a.js')).toEqual(['module-kind:module', `resolves:./b->${path.join(root, 'esm/b.js')}`]);
    expect(codes('cjs/c.js')).toEqual(['module-kind:commonjs', `resolves:../esm/b.js->${path.join(root, 'esm/b.js')}`]);
  });
});

describe('migrate: options and events', () => {
  test('progress events: start, one per file, end', async () => {
    const root = makeTree({ 'a.js': '', 'b.js': '', 'c.js': 'x(' });
    const events: ProgressEvent[] = [];
    await run(root, { onProgress: (event) => events.push(event) });
    expect(events).toEqual([
      { type: 'start', total: 3 },
      { type: 'file', file: 'a.js', done: 1, total: 3 },
      { type: 'file', file: 'b.js', done: 2, total: 3 },
      { type: 'file', file: 'c.js', done: 3, total: 3 },
      { type: 'end' },
    ]);
  });

  test('paths are reported relative to cwd, sorted, with paths outside cwd too', async () => {
    const root = makeTree({ 'app/z.js': '', 'app/a/b.js': '', 'shared/s.js': '' });
    const report = await run(path.join(root, 'app'), { paths: ['.', '../shared'] });
    expect(report.files.map((f) => f.file)).toEqual(['../shared/s.js', 'a/b.js', 'z.js']);
  });

  test('config file: found by default, given by path, given as an object, or ignored', async () => {
    const root = makeTree({
      'awaitify.config.json': '{ "skip": ["rename"], "ignore": ["skipme/**"] }',
      'other.json': '{ "extensions": ["es6"] }',
      'a.js': 'use(oldName);\n',
      'b.es6': 'use(oldName);\n',
      'skipme/c.js': 'use(oldName);\n',
    });
    const summary = async (config: MigrateOptions['config'] | undefined) =>
      (await run(root, { dry: true, config })).files.map((f) => [f.file, f.status]);
    expect(await summary(undefined)).toEqual([['a.js', 'unchanged']]);
    expect(await summary('other.json')).toEqual([['b.es6', 'changed']]);
    expect(await summary({ ignore: ['a.js'] })).toEqual([['skipme/c.js', 'changed']]);
    expect(await summary(false)).toEqual([['a.js', 'changed'], ['skipme/c.js', 'changed']]);
  });

  test('usage errors: missing path, no paths, bad numbers, unknown transform, bad config object', async () => {
    const root = makeTree({ 'a.js': '' });
    await expect(run(root, { paths: ['nope.js'] })).rejects.toThrow('path not found: nope.js');
    await expect(run(root, { paths: [] })).rejects.toThrow(UsageError);
    await expect(run(root, { workers: 0 })).rejects.toThrow('workers must be a positive integer');
    await expect(run(root, { timeoutMs: -1 })).rejects.toThrow(UsageError);
    await expect(run(root, { transforms: ['nope'] })).rejects.toThrow('unknown transform "nope"');
    await expect(run(root, { config: { bogus: 1 } as never })).rejects.toThrow('unknown config key "bogus"');
    await expect(run(root, { cwd: path.join(root, 'missing') })).rejects.toThrow('working directory not found');
  });

  test('no files found is a usage error: a mistyped glob in a CI gate must not pass as "nothing to change"', async () => {
    const root = makeTree({ 'readme.md': '' });
    await expect(run(root)).rejects.toThrow(/no files to migrate in \. \(extensions: js, jsx, mjs, cjs, ts, tsx;/);
    await expect(run(root)).rejects.toBeInstanceOf(UsageError);
  });
});
