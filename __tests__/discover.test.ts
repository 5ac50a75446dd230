import fs from 'node:fs';
import path from 'node:path';
import { discoverFiles } from '../engine/discover';
import { UsageError } from '../engine/errors';
import { makeTree, removeTrees } from './engine-temp-tree';

afterEach(removeTrees);

/** Discovered files, relative to the root, posix separators. */
function discover(root: string, paths: string[], more: { extensions?: string[]; ignore?: string[] } = {}): string[] {
  return discoverFiles({ cwd: root, paths, ...more }).map((file) => path.relative(root, file).split(path.sep).join('/'));
}

describe('discoverFiles', () => {
  test('walks directories for the default extensions, sorted', () => {
    const root = makeTree({
      'src/b.ts': '',
      'src/a.js': '',
      'src/c.jsx': '',
      'src/d.mjs': '',
      'src/e.cjs': '',
      'src/f.tsx': '',
      'src/readme.md': '',
      'src/data.json': '',
      'src/Upper.JS': '',
    });
    expect(discover(root, ['src'])).toEqual([
      'src/Upper.JS',
      'src/a.js',
      'src/b.ts',
      'src/c.jsx',
      'src/d.mjs',
      'src/e.cjs',
      'src/f.tsx',
    ]);
  });

  test('extensions option, with or without the dot', () => {
    const root = makeTree({ 'a.js': '', 'b.ts': '', 'c.es6': '' });
    expect(discover(root, ['.'], { extensions: ['.ts', 'es6'] })).toEqual(['b.ts', 'c.es6']);
  });

  test('a file named explicitly is taken whatever its extension', () => {
    const root = makeTree({ 'script.es6': '', 'other.es6': '' });
    expect(discover(root, ['script.es6'])).toEqual(['script.es6']);
  });

  test('skips node_modules and .git always, at any depth', () => {
    const root = makeTree({
      'a.js': '',
      'node_modules/dep/index.js': '',
      'packages/p/node_modules/dep/index.js': '',
      '.git/hooks/pre-commit.js': '',
      'packages/p/index.js': '',
    });
    expect(discover(root, ['.'])).toEqual(['a.js', 'packages/p/index.js']);
    expect(discover(root, ['node_modules/dep/index.js'])).toEqual([]);
    expect(discover(root, ['**/*.js'])).toEqual(['a.js', 'packages/p/index.js']);
  });

  test('honours the root .gitignore, including negations', () => {
    const root = makeTree({
      '.gitignore': 'dist/\n*.gen.js\n!keep.gen.js\n',
      'src/a.js': '',
      'src/a.gen.js': '',
      'src/keep.gen.js': '',
      'dist/bundle.js': '',
    });
    expect(discover(root, ['.'])).toEqual(['src/a.js', 'src/keep.gen.js']);
  });

  test('honours nested .gitignore files, relative to their directory, deeper ones winning', () => {
    const root = makeTree({
      '.gitignore': '*.old.js\n',
      'pkg/.gitignore': '/build\n!legacy.old.js\n',
      'pkg/build/out.js': '',
      'pkg/src/build/real.js': '',
      'pkg/legacy.old.js': '',
      'pkg/other.old.js': '',
      'build/top.js': '',
    });
    expect(discover(root, ['.'])).toEqual(['build/top.js', 'pkg/legacy.old.js', 'pkg/src/build/real.js']);
  });

  test('a file inside an ignored directory cannot be re-included by a deeper .gitignore', () => {
    const root = makeTree({
      '.gitignore': 'vendor/\n',
      'vendor/.gitignore': '!lib.js\n',
      'vendor/lib.js': '',
      'a.js': '',
    });
    expect(discover(root, ['.'])).toEqual(['a.js']);
  });

  test('.gitignore files above cwd count inside a git work tree', () => {
    const root = makeTree({ '.git/HEAD': '', '.gitignore': 'generated/\n', 'app/generated/x.js': '', 'app/y.js': '' });
    const app = path.join(root, 'app');
    expect(discoverFiles({ cwd: app, paths: ['.'] }).map((f) => path.relative(app, f))).toEqual(['y.js']);
  });

  test('ignore globs, relative to cwd', () => {
    const root = makeTree({
      'src/a.js': '',
      'src/a.test.js': '',
      'src/legacy/old.js': '',
      'lib/legacy/keep.js': '',
    });
    expect(discover(root, ['.'], { ignore: ['**/*.test.js', 'src/legacy/**'] })).toEqual([
      'lib/legacy/keep.js',
      'src/a.js',
    ]);
  });

  test('a path starting with ! excludes, like an ignore glob, from the other paths, in any position', () => {
    const root = makeTree({
      'src/a.js': '',
      'src/vendor/v.js': '',
      'src/vendor/deep/w.js': '',
      'src/a.test.js': '',
      'lib/b.js': '',
    });
    expect(discover(root, ['src/**/*.js', '!src/vendor/**'])).toEqual(['src/a.js', 'src/a.test.js']);
    expect(discover(root, ['!src/vendor/**', 'src', 'lib'])).toEqual(['lib/b.js', 'src/a.js', 'src/a.test.js']);
    expect(discover(root, ['src', '!./src/vendor/', '!**/*.test.js'])).toEqual(['src/a.js']);
    expect(discover(root, ['src', `!${path.join(root, 'src/vendor')}`])).toEqual(['src/a.js', 'src/a.test.js']);
    // A file named explicitly is left out too, and the exclusion adds to the ignore option.
    expect(discover(root, ['src/vendor/v.js', 'lib/b.js', '!src/vendor/**'], { ignore: ['lib/**'] })).toEqual([]);
  });

  test('only exclusions, or an empty one, is a usage error', () => {
    const root = makeTree({ 'src/a.js': '' });
    expect(() => discover(root, ['!src/vendor/**'])).toThrow(UsageError);
    expect(() => discover(root, ['!src/vendor/**', '!lib/**'])).toThrow(/only exclusions given/);
    expect(() => discover(root, ['src', '!'])).toThrow(/empty exclusion/);
  });

  test('globs expand relative to cwd and keep the extension filter', () => {
    const root = makeTree({ 'src/a.js': '', 'src/b.ts': '', 'src/c.md': '', 'test/t.js': '' });
    expect(discover(root, ['src/*'])).toEqual(['src/a.js', 'src/b.ts']);
    expect(discover(root, ['**/*.js'])).toEqual(['src/a.js', 'test/t.js']);
  });

  test('overlapping inputs are deduplicated', () => {
    const root = makeTree({ 'src/a.js': '', 'src/b.js': '' });
    expect(discover(root, ['src', 'src/a.js', './src/*.js', root])).toEqual(['src/a.js', 'src/b.js']);
  });

  test('survives a symlink loop and does not follow links out of the tree', () => {
    const outside = makeTree({ 'secret.js': '' });
    const root = makeTree({ 'src/a.js': '', 'src/deep/b.js': '' });
    fs.symlinkSync('..', path.join(root, 'src/deep/loop'));
    fs.symlinkSync(outside, path.join(root, 'src/outside'));
    fs.symlinkSync(path.join(outside, 'secret.js'), path.join(root, 'src/secret-link.js'));
    fs.symlinkSync('self', path.join(root, 'src/self'));
    expect(discover(root, ['.'])).toEqual(['src/a.js', 'src/deep/b.js']);
    expect(discover(root, ['src/**/*.js'])).toEqual(['src/a.js', 'src/deep/b.js']);
  });

  test('a link inside the tree is taken at its real path, once', () => {
    const root = makeTree({ 'src/a.js': '' });
    fs.symlinkSync('a.js', path.join(root, 'src/alias.js'));
    expect(discover(root, ['src', 'src/alias.js'])).toEqual(['src/a.js']);
  });

  test('a path that does not exist is a usage error naming it', () => {
    const root = makeTree({ 'a.js': '' });
    expect(() => discover(root, ['a.js', 'missing/dir'])).toThrow(UsageError);
    expect(() => discover(root, ['missing/dir'])).toThrow('path not found: missing/dir');
  });

  test('a glob that matches nothing is not an error', () => {
    const root = makeTree({ 'a.js': '' });
    expect(discover(root, ['nothing/**/*.js'])).toEqual([]);
  });

  test('order does not depend on the order of the inputs', () => {
    const root = makeTree({ 'b/x.js': '', 'a/y.js': '', 'c.js': '' });
    expect(discover(root, ['b', 'c.js', 'a'])).toEqual(discover(root, ['a', 'c.js', 'b']));
  });
});
