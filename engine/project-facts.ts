/**
 * Serialisable facts of the project-wide phase, handed from the parent process to the workers
 * that transform single files (a ts-morph Project cannot cross thread boundaries).
 */

export interface ExportedFunctionFacts {
  /** The function becomes `async` and its callers must await it instead of passing a callback. */
  convertsToAsync: boolean;
  /** Number of results its callback received, after `err` (1 for `cb(null, value)`); null: unknown. */
  resultCount: number | null;
  /** Why an exported function that could convert keeps its callback (a caller in another file). */
  keepReason?: string;
  /**
   * Converts, and stays callable with a trailing callback too, for callers elsewhere that still
   * pass one (a route handler, a `done` test); the reason names one of them.
   */
  keepCallbackApi?: string;
}

/** One use, in the transformed file, of a function exported by another file of the run. */
export interface ImportUse {
  /** Absolute path of the exporting file, and the export name. */
  file: string;
  name: string;
  /** The use was converted with the callee (an awaited call or a pass-through). */
  liftable: boolean;
  /** A call whose synchronous result is used (`const req = api.get(x, cb)`): no promise can stand in. */
  valueUsed: boolean;
  line: number;
}

/** What transforming one file found out that other files depend on. */
export interface FileFacts {
  /** This file's exported callback-taking functions: whether they convert, and their results. */
  exports: Record<string, { converts: boolean; resultCount: number | null }>;
  imports: ImportUse[];
}

export function emptyFileFacts(): FileFacts {
  return { exports: {}, imports: [] };
}

export interface ProjectFacts {
  /** Absolute file path -> export name (`default` for the default export) -> facts. */
  exports: Record<string, Record<string, ExportedFunctionFacts>>;
  /** Absolute file path -> module specifier as written -> absolute path it resolves to. */
  resolutions: Record<string, Record<string, string>>;
  /**
   * Absolute file path -> start offsets of calls whose callee's types have an overload returning
   * a Promise when the trailing callback is left out (engine/type-facts.ts).
   */
  promiseCalls?: Record<string, number[]>;
}

export function emptyProjectFacts(): ProjectFacts {
  return { exports: {}, resolutions: {} };
}
