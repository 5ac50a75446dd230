/**
 * Which discovered files to leave out: node_modules and .git always, `.gitignore` files (the
 * root one and nested ones, with git's precedence: a deeper file may re-include what a shallower
 * one excluded, but nothing inside an excluded directory comes back), and extra ignore globs
 * written in the same syntax. One instance per run: it caches what it has read.
 */
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** Directory names that are never walked into, whatever the ignore files say. */
export const ALWAYS_SKIPPED_DIRS = ['node_modules', '.git'];

export class IgnoreRules {
  private readonly gitignoreByDir = new Map<string, Ignore | null>();
  private readonly dirVerdicts = new Map<string, boolean>();
  private readonly workTreeRoots = new Map<string, string | null>();
  private readonly extraGlobs: Ignore;

  /** `extraGlobs` are matched against paths relative to `cwd` (gitignore syntax). */
  constructor(private readonly cwd: string, extraGlobs: readonly string[]) {
    this.extraGlobs = ignore().add([...extraGlobs]);
  }

  /**
   * `scopeRoot`: where `.gitignore` files are looked for when the file is not in a git work tree,
   * and what extra globs are relative to when the file is outside `cwd` (its input root).
   */
  isIgnored(file: string, scopeRoot: string): boolean {
    const relative = this.relativeToScope(file, scopeRoot);
    if (relative.split('/').some((segment) => ALWAYS_SKIPPED_DIRS.includes(segment))) return true;
    if (isPlainRelative(relative) && this.extraGlobs.ignores(relative)) return true;
    const boundary = this.workTreeRoot(path.dirname(file)) ?? (isInside(file, this.cwd) ? this.cwd : scopeRoot);
    if (!isInside(file, boundary)) return false;
    return this.dirIgnored(path.dirname(file), boundary) || this.gitignoreVerdict(file, false, boundary);
  }

  /** Relative to `cwd`, or to the input root for files outside it (posix separators). */
  private relativeToScope(file: string, scopeRoot: string): string {
    return toPosix(path.relative(isInside(file, this.cwd) ? this.cwd : scopeRoot, file));
  }

  /** A directory is ignored when its parent is, or when the ignore files say so. */
  private dirIgnored(dir: string, boundary: string): boolean {
    if (dir === boundary || !isInside(dir, boundary)) return false;
    const key = `${boundary}\0${dir}`;
    const cached = this.dirVerdicts.get(key);
    if (cached !== undefined) return cached;
    const verdict = this.dirIgnored(path.dirname(dir), boundary) || this.gitignoreVerdict(dir, true, boundary);
    this.dirVerdicts.set(key, verdict);
    return verdict;
  }

  /** Applies every `.gitignore` from `boundary` down to the entry's parent; the deepest match wins. */
  private gitignoreVerdict(entry: string, isDir: boolean, boundary: string): boolean {
    let ignored = false;
    for (const dir of ancestorsFrom(boundary, path.dirname(entry))) {
      const rules = this.gitignoreIn(dir);
      if (!rules) continue;
      const relative = toPosix(path.relative(dir, entry)) + (isDir ? '/' : '');
      const result = rules.test(relative);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  private gitignoreIn(dir: string): Ignore | null {
    if (!this.gitignoreByDir.has(dir)) {
      let rules: Ignore | null = null;
      try {
        rules = ignore().add(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8'));
      } catch {
        // No (readable) .gitignore here.
      }
      this.gitignoreByDir.set(dir, rules);
    }
    return this.gitignoreByDir.get(dir)!;
  }

  private workTreeRoot(dir: string): string | null {
    return findWorkTreeRoot(dir, this.workTreeRoots);
  }
}

/** The nearest ancestor holding a `.git` entry (a directory, or a file in worktrees/submodules). */
export function findWorkTreeRoot(dir: string, cache?: Map<string, string | null>): string | null {
  const cached = cache?.get(dir);
  if (cached !== undefined) return cached;
  let root: string | null;
  if (fs.existsSync(path.join(dir, '.git'))) root = dir;
  else if (path.dirname(dir) === dir) root = null;
  else root = findWorkTreeRoot(path.dirname(dir), cache);
  cache?.set(dir, root);
  return root;
}

export function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** What the `ignore` package accepts: non-empty, not absolute, not climbing out with `..`. */
function isPlainRelative(relative: string): boolean {
  return relative !== '' && !relative.startsWith('../') && relative !== '..' && !path.isAbsolute(relative);
}

export function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

/** `from`, then each directory below it down to `to` (inclusive); `to` must be inside `from`. */
function ancestorsFrom(from: string, to: string): string[] {
  const dirs: string[] = [];
  for (let dir = to; isInside(dir, from); dir = path.dirname(dir)) {
    dirs.unshift(dir);
    if (dir === from) break;
  }
  return dirs;
}
