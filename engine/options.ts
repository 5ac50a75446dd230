/** Options shared by the API, the CLI and the config file. */

export type ParallelMode = 'off' | 'safe' | 'independent' | 'aggressive';
export const PARALLEL_MODES: readonly ParallelMode[] = ['off', 'safe', 'independent', 'aggressive'];

export type ParserName = 'auto' | 'babel' | 'tsx' | 'ts' | 'flow';
export const PARSER_NAMES: readonly ParserName[] = ['auto', 'babel', 'tsx', 'ts', 'flow'];

/** `auto`: format changed files only when the project has a prettier config. */
export type PrettierMode = boolean | 'auto';

/**
 * The config file (`awaitify.config.json`, or `"awaitify"` in package.json). Every key is
 * optional; CLI flags win over it.
 */
export interface AwaitifyConfig {
  transforms?: string[];
  skip?: string[];
  parallel?: ParallelMode;
  prettier?: PrettierMode;
  ignore?: string[];
  extensions?: string[];
  keepApi?: boolean;
  /**
   * Calls that return a promise when the callback is omitted, as patterns over the callee as
   * written, `*` matching any run of names (`"db.query"`, `"redis.*"`, `"*.findOne"`); see README.
   */
  promiseApis?: string[];
  /**
   * Whether test and hook functions may return promises (`it('…', function (done) {…})` becomes
   * async). Default: read from the nearest package.json's mocha / jest / jasmine version.
   */
  promiseTests?: boolean;
  /** Call patterns the Promise.all transform may treat as pure or must keep in order. */
  pure?: string[];
  sequential?: string[];
}

/** Options of one file's transformation, after defaults are applied. */
export interface PipelineOptions {
  transforms: string[];
  parallel: ParallelMode;
  parser: ParserName;
  keepApi: boolean;
  promiseApis: string[];
  pure: string[];
  sequential: string[];
}
