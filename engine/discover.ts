/**
 * The files a run covers, from the paths the user gave: files as named, directories walked,
 * globs expanded (fast-glob). Walks never follow symbolic links, so links out of the tree and
 * link loops are simply not entered; a file reached through a link is taken at its real path, so
 * a write replaces the file and never the link. Output: absolute real paths, deduplicated, sorted.
 */
import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { UsageError } from './errors';
import { ALWAYS_SKIPPED_DIRS, IgnoreRules, isInside } from './ignore-rules';
import { DEFAULT_EXTENSIONS } from './migrate-options';

export interface DiscoverOptions {
  /**
   * Files, directories and globs, relative to `cwd`. One starting with `!` is an exclusion instead:
   * an extra ignore glob (as in `ignore`) applied to what the others find.
   */
  paths: readonly string[];
  cwd: string;
  /** With or without the dot; default: DEFAULT_EXTENSIONS. Files named explicitly are taken whatever their extension. */
  extensions?: readonly string[];
  /** Extra globs in .gitignore syntax, relative to `cwd`. */
  ignore?: readonly string[];
}

/** A file found under `root`: the input it came from, which scopes its ignore rules. */
interface Candidate {
  file: string;
  root: string;
}

export function discoverFiles(options: DiscoverOptions): string[] {
  const cwd = fs.realpathSync(options.cwd);
  const extensions = new Set((options.extensions ?? DEFAULT_EXTENSIONS).map(normalizeExtension));
  const hasExtension = (file: string) => extensions.has(path.extname(file).slice(1).toLowerCase());
  const inputs = options.paths.filter((input) => !input.startsWith('!'));
  const exclusions = options.paths.filter((input) => input.startsWith('!')).map((input) => exclusionGlob(input, cwd));
  if (inputs.length === 0 && exclusions.length > 0) {
    throw new UsageError(
      `only exclusions given (${options.paths.join(' ')}): a path starting with ! leaves files out of the other paths; name the files, directories or globs to migrate too`,
    );
  }
  const rules = new IgnoreRules(cwd, [...(options.ignore ?? []), ...exclusions]);

  const found = new Set<string>();
  for (const input of inputs) {
    for (const { file, root } of expand(input, cwd, hasExtension)) {
      if (!rules.isIgnored(file, root)) found.add(file);
    }
  }
  return [...found].sort(comparePaths);
}

/** Code-point order: the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `!src/vendor/**` -> `src/vendor/**`: the ignore globs' syntax, relative to `cwd` (an absolute
 * one is made relative; `./` dropped). Ignore globs cannot reach outside `cwd`, so neither can this.
 */
function exclusionGlob(input: string, cwd: string): string {
  let glob = input.slice(1);
  if (path.isAbsolute(glob)) glob = path.relative(cwd, glob);
  glob = toGlob(glob).replace(/^(\.\/)+/, '');
  if (glob === '' || glob === '.') throw new UsageError(`empty exclusion: ${input}`);
  if (glob === '..' || glob.startsWith('../')) throw new UsageError(`exclusion outside the working directory: ${input}`);
  return glob;
}

function normalizeExtension(extension: string): string {
  return extension.replace(/^\./, '').toLowerCase();
}

function expand(input: string, cwd: string, hasExtension: (file: string) => boolean): Candidate[] {
  const absolute = path.resolve(cwd, input);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new UsageError(`cannot use path ${input}: ${code}`);
  }
  if (stat?.isFile()) {
    const file = fs.realpathSync(absolute);
    return [{ file, root: path.dirname(file) }];
  }
  if (stat?.isDirectory()) {
    const root = fs.realpathSync(absolute);
    return walk('**/*', root).filter(hasExtension).map((file) => ({ file, root }));
  }
  if (!stat && fg.isDynamicPattern(input)) {
    // A glob may start above `cwd` or at a linked directory: take each match at its real path.
    return walk(toGlob(input), cwd)
      .filter(hasExtension)
      .map((match) => fs.realpathSync(match))
      .map((file) => ({ file, root: isInside(file, cwd) ? cwd : path.dirname(file) }));
  }
  throw new UsageError(stat ? `not a file or directory: ${input}` : `path not found: ${input}`);
}

/** Regular files matching `pattern` under `cwd`, without entering links, node_modules or .git. */
function walk(pattern: string, cwd: string): string[] {
  return fg
    .sync(pattern, {
      cwd,
      absolute: true,
      dot: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      suppressErrors: true,
      ignore: ALWAYS_SKIPPED_DIRS.map((dir) => `**/${dir}/**`),
    })
    .map((file) => path.normalize(file));
}

/** fast-glob wants forward slashes, also on Windows. */
function toGlob(input: string): string {
  return path.sep === '/' ? input : input.split(path.sep).join('/');
}
