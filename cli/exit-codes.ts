/** The CLI's exit codes, the contract scripts and CI depend on. */
export const ExitCode = {
  /** The run finished (under --check: nothing would change). */
  ok: 0,
  /** --check found files that would change. */
  changesNeeded: 1,
  /** Bad flags, unknown transform, bad config: nothing was run. */
  usage: 2,
  /** Some files failed (syntax error, unreadable, …), or the run itself crashed. */
  failed: 3,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
