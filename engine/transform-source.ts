/** `transform()`: one source string through the pipeline and the formatter. */
import { validateConfig } from './config';
import { formatChanged } from './format';
import type { AwaitifyConfig, PrettierMode } from './options';
import { runPipeline, type PipelineResult } from './pipeline';
import type { PackageType } from './module-kind';
import path from 'node:path';
import { emptyProjectFacts, type ProjectFacts } from './project-facts';
import { findPromiseOverloadCalls } from './type-facts';
import { resolvePipelineOptions, type PipelineOverrides } from './resolve-options';

export interface TransformOptions extends PipelineOverrides {
  /** Used to pick the parser, resolve the prettier config and decide the module kind. */
  filename?: string;
  /** `auto` (default): prettier only when the project has a prettier config. */
  prettier?: PrettierMode;
  config?: AwaitifyConfig;
  /** `"type"` of the nearest package.json; decides whether `.js` ES modules may use top-level await. */
  packageType?: PackageType;
  project?: ProjectFacts;
  /** Test functions may return promises (default: the config's `promiseTests`, else false). */
  promiseTests?: boolean;
}

export type TransformResult = PipelineResult;

export async function transform(source: string, options: TransformOptions = {}): Promise<TransformResult> {
  const filename = options.filename ?? 'input.js';
  if (options.config) validateConfig(options.config, 'the config option');
  const pipelineOptions = resolvePipelineOptions(options, options.config);
  const result = runPipeline({
    source,
    filename,
    options: pipelineOptions,
    project: options.project ?? singleFileProject(filename, source),
    packageType: options.packageType,
    promiseTests: options.promiseTests ?? options.config?.promiseTests ?? false,
  });
  return finishResult(result, filename, options.prettier ?? options.config?.prettier ?? 'auto');
}

/** A lone file gets the type facts the project phase would have found for it. */
function singleFileProject(filename: string, source: string): ProjectFacts {
  const [calls] = Object.values(findPromiseOverloadCalls([{ file: path.resolve(filename), source }]));
  return calls ? { ...emptyProjectFacts(), promiseCalls: { [filename]: calls } } : emptyProjectFacts();
}

/** Formats a changed result; a prettier failure keeps the unformatted code and says so. */
export async function finishResult(
  result: PipelineResult,
  filename: string,
  prettier: PrettierMode,
): Promise<PipelineResult> {
  if (!result.changed) return result;
  const formatted = await formatChanged(result.code, filename, prettier);
  const sites = formatted.error
    ? [...result.sites, { kind: 'note' as const, transform: 'prettier', code: 'prettier-failed', message: formatted.error, line: 0, column: 0 }]
    : result.sites;
  return { ...result, code: formatted.code, sites };
}
