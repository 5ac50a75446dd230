/** Makes an awaitify transform usable on its own: `jscodeshift -t dist/transforms/<name>.js`. */
import type { API, FileInfo } from 'jscodeshift';
import { runPipeline } from '../../engine/pipeline';
import { resolvePipelineOptions } from '../../engine/resolve-options';
import type { AwaitifyTransform } from './plugin';

export type JscodeshiftTransform = (file: FileInfo, api: API, options: Record<string, unknown>) => string | undefined;

export function toJscodeshiftTransform(transform: AwaitifyTransform): JscodeshiftTransform {
  return (file, api, options) => {
    const result = runPipeline({
      source: file.source,
      filename: file.path,
      options: resolvePipelineOptions({
        transforms: [transform.name],
        parallel: options.parallel as never,
      }),
    });
    if (result.error) throw new Error(`${file.path}: ${result.error.message}`);
    for (const site of result.sites) {
      if (site.kind !== 'converted') api.report(`${file.path}:${site.line} ${site.kind}: ${site.code}: ${site.message}`);
    }
    return result.changed ? result.code : undefined;
  };
}
