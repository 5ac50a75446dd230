/**
 * Which target files have uncommitted changes (staged, unstaged or untracked) in a git work tree:
 * rewriting them in place would mix the codemod's edits with the user's, or lose work git cannot
 * restore. Untracked files git ignores count too: discovery reads only `.gitignore` files, so a
 * file excluded by `.git/info/exclude` or `core.excludesFile` can be a target, and git has no copy
 * of it. One `git status` call per work tree (usually one per run); files outside git: none.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { UsageError } from './errors';
import { findWorkTreeRoot } from './ignore-rules';

/** Returns the dirty files among `files` (absolute real paths), in the order given. */
export function findUncommittedFiles(files: readonly string[]): string[] {
  const rootCache = new Map<string, string | null>();
  const byRoot = new Map<string, string[]>();
  for (const file of files) {
    const root = findWorkTreeRoot(path.dirname(file), rootCache);
    if (root) byRoot.set(root, [...(byRoot.get(root) ?? []), file]);
  }
  const dirty = new Set<string>();
  for (const [root, rootFiles] of byRoot) {
    const listed = new Set<string>();
    // `dir/`: an ignored directory, listed whole; every file under it is untracked. Matched only
    // against this work tree's own files: a nested repository shows up here as `dir/` too.
    const listedDirs = new Set<string>();
    for (const entry of changedPathsIn(root)) {
      if (entry.endsWith('/')) listedDirs.add(path.join(root, entry.slice(0, -1)));
      else listed.add(path.join(root, entry));
    }
    for (const file of rootFiles) if (listed.has(file) || hasAncestorIn(file, listedDirs, root)) dirty.add(file);
  }
  return files.filter((file) => dirty.has(file));
}

/** True when a directory between `file` and `root` (exclusive) is in `dirs`. */
function hasAncestorIn(file: string, dirs: ReadonlySet<string>, root: string): boolean {
  for (let dir = path.dirname(file); dirs.size > 0 && dir !== root && path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    if (dirs.has(dir)) return true;
  }
  return false;
}

/**
 * The paths `git status` lists in the work tree at `root`, relative to it (posix separators):
 * changed, untracked and ignored-untracked (`!!`, which git lists only with `--ignored`; with
 * `matching`, an ignored directory is one `dir/` entry rather than every file in it).
 */
function changedPathsIn(root: string): string[] {
  const result = spawnSync('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=matching'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error || result.status !== 0) {
    // Not knowing is not the same as clean: refuse rather than risk overwriting work.
    const reason = result.error?.message ?? String(result.stderr).trim().split('\n')[0];
    throw new UsageError(`cannot check for uncommitted changes in ${root} (git status: ${reason}); use --force to rewrite anyway`);
  }
  return parsePorcelainZ(result.stdout);
}

/**
 * `XY path\0` entries, paths relative to the work tree root; renames and copies add the original
 * path as a separate `\0`-terminated field, which is not a target.
 */
export function parsePorcelainZ(output: string): string[] {
  const fields = output.split('\0');
  const paths: string[] = [];
  for (let i = 0; i < fields.length; i += 1) {
    const field = fields[i];
    if (field.length < 4) continue;
    paths.push(field.slice(3));
    if (field[0] === 'R' || field[0] === 'C') i += 1;
  }
  return paths;
}

/** The refusal message: up to `limit` files, then a count. */
export function uncommittedFilesError(files: readonly string[], limit = 10): UsageError {
  const listed = files.slice(0, limit).map((file) => `  ${file}`);
  const more = files.length > limit ? [`  … and ${files.length - limit} more`] : [];
  return new UsageError(
    [
      `refusing to rewrite ${files.length} file(s) with uncommitted changes:`,
      ...listed,
      ...more,
      'commit or stash them first, or use --force to rewrite anyway',
    ].join('\n'),
  );
}
