/** Merges API/CLI options over the config file over defaults, validating as it goes. */
import { UsageError } from './errors';
import {
  PARALLEL_MODES,
  PARSER_NAMES,
  type AwaitifyConfig,
  type ParallelMode,
  type ParserName,
  type PipelineOptions,
} from './options';
import { selectTransforms } from '../transforms';

export interface PipelineOverrides {
  transforms?: string[];
  skip?: string[];
  parallel?: ParallelMode;
  parser?: ParserName;
  keepApi?: boolean;
}

export const DEFAULT_PARALLEL: ParallelMode = 'independent';

export function resolvePipelineOptions(overrides: PipelineOverrides, config: AwaitifyConfig = {}): PipelineOptions {
  const parallel = overrides.parallel ?? config.parallel ?? DEFAULT_PARALLEL;
  if (!PARALLEL_MODES.includes(parallel)) {
    throw new UsageError(`--parallel must be one of ${PARALLEL_MODES.join(', ')} (got "${parallel}")`);
  }
  const parser = overrides.parser ?? 'auto';
  if (!PARSER_NAMES.includes(parser)) {
    throw new UsageError(`--parser must be one of ${PARSER_NAMES.join(', ')} (got "${parser}")`);
  }
  return {
    transforms: selectTransforms(overrides.transforms ?? config.transforms, overrides.skip ?? config.skip),
    parallel,
    parser,
    keepApi: overrides.keepApi ?? config.keepApi ?? false,
    promiseApis: config.promiseApis ?? [],
    pure: config.pure ?? [],
    sequential: config.sequential ?? [],
  };
}
