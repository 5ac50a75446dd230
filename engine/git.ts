/**
 * Which target files have uncommitted changes (staged, unstaged or untracked) in a git work tree:
 * rewriting them in place would mix the codemod's edits with the user's, or lose work git cannot
 * restore. One `git status` call per work tree (usually one per run); files outside git: none.
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
  for (const root of byRoot.keys()) {
    for (const file of changedPathsIn(root)) dirty.add(file);
  }
  return files.filter((file) => dirty.has(file));
}

/** Absolute paths `git status` lists in the work tree at `root`. */
function changedPathsIn(root: string): string[] {
  const result = spawnSync('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error || result.status !== 0) {
    // Not knowing is not the same as clean: refuse rather than risk overwriting work.
    const reason = result.error?.message ?? String(result.stderr).trim().split('\n')[0];
    throw new UsageError(`cannot check for uncommitted changes in ${root} (git status: ${reason}); use --force to rewrite anyway`);
  }
  return parsePorcelainZ(result.stdout).map((relative) => path.join(root, relative));
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
