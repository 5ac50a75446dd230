/** Options and events of `migrate()`, the whole-repository run behind the CLI. */
import type { AwaitifyConfig, ParallelMode, ParserName, PrettierMode } from './options';

export interface MigrateOptions {
  /** Files, directories (walked) and globs, relative to `cwd`; `!<glob>` leaves files out, as `ignore` does. */
  paths: string[];
  cwd?: string;
  /** Compute everything, write nothing; file reports carry a unified diff. */
  dry?: boolean;
  /** Attach the unified diff to changed files when writing too (always attached when dry/check). */
  diff?: boolean;
  /** Like `dry`; the CLI exits 1 when anything would change. */
  check?: boolean;
  transforms?: string[];
  skip?: string[];
  parser?: ParserName;
  prettier?: PrettierMode;
  parallel?: ParallelMode;
  keepApi?: boolean;
  /** Extensions to consider, with or without the dot. Default: js jsx mjs cjs ts tsx. */
  extensions?: string[];
  /** Extra ignore globs (on top of node_modules, .git and .gitignore). */
  ignore?: string[];
  /** Rewrite files with uncommitted git changes too. */
  force?: boolean;
  /**
   * Worker threads; default: number of cores. 1 runs in-process, and so do small runs (fewer
   * than 8 files) and runs from TypeScript sources (no compiled worker to load).
   */
  workers?: number;
  /** A config file path, a config object, or false to ignore config files. */
  config?: string | AwaitifyConfig | false;
  /**
   * Per-file time limit in milliseconds (default 30 000; 0: none). A file over it is reported
   * failed (`timeout`) and left untouched. On a worker thread the file is stopped at the limit;
   * in-process it cannot be interrupted, so it runs to the end and is then discarded.
   */
  timeoutMs?: number;
  /** Files larger than this are reported and left alone (default 2 MiB). */
  maxFileBytes?: number;
  onProgress?: (event: ProgressEvent) => void;
}

export type ProgressEvent =
  | { type: 'start'; total: number }
  | { type: 'file'; file: string; done: number; total: number }
  | { type: 'end' };

export const DEFAULT_TIMEOUT_MS = 30_000;

export const DEFAULT_EXTENSIONS = ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx'];
