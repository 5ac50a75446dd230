/**
 * Serialisable facts of the project-wide phase, handed from the parent process to the workers
 * that transform single files (a ts-morph Project cannot cross thread boundaries).
 */

export interface ExportedFunctionFacts {
  /** The function becomes `async` and its callers must await it instead of passing a callback. */
  convertsToAsync: boolean;
  /** Number of results its callback received, after `err` (1 for `cb(null, value)`). */
  resultCount: number;
}

export interface ProjectFacts {
  /** Absolute file path -> export name (`default` for the default export) -> facts. */
  exports: Record<string, Record<string, ExportedFunctionFacts>>;
  /** Absolute file path -> module specifier as written -> absolute path it resolves to. */
  resolutions: Record<string, Record<string, string>>;
}

export function emptyProjectFacts(): ProjectFacts {
  return { exports: {}, resolutions: {} };
}
