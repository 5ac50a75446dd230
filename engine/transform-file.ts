/**
 * One file's transformation as a task: plain, serialisable input in, plain result out, so the
 * same function runs in-process and in a worker thread.
 */
import { unifiedDiff } from './diff';
import type { PackageType } from './module-kind';
import type { PipelineOptions, PrettierMode } from './options';
import { timePhase, timePhaseAsync } from './phase-times';
import { runPipeline, type PipelineResult } from './pipeline';
import type { ProjectFacts } from './project-facts';
import type { FileError } from './report';
import { finishResult } from './transform-source';

export interface FileTask {
  /** Absolute path: picks the parser and the prettier config. */
  filename: string;
  source: string;
  options: PipelineOptions;
  prettier: PrettierMode;
  /** The slice of the project facts this file needs (see project-rounds.ts). */
  project: ProjectFacts;
  packageType: PackageType;
  promiseTests: boolean;
  /**
   * When set, a changed file's result carries a unified diff with this name in its headers.
   * Diffs are made here, on the worker, so the parent never becomes the bottleneck.
   */
  diffName?: string;
}

export interface FileOutcome extends PipelineResult {
  diff?: string;
}

export async function transformFile(task: FileTask): Promise<FileOutcome> {
  const result = runPipeline({
    source: task.source,
    filename: task.filename,
    options: task.options,
    project: task.project,
    packageType: task.packageType,
    promiseTests: task.promiseTests,
  });
  if (!result.changed) return result;
  const finished = await timePhaseAsync(result.times, 'format', () => finishResult(result, task.filename, task.prettier));
  const { diffName } = task;
  if (diffName === undefined) return finished;
  return { ...finished, diff: timePhase(result.times, 'diff', () => unifiedDiff(diffName, task.source, finished.code)) };
}

/** A task that produced nothing usable: the file stays as it was. */
export function failedResult(source: string, error: FileError): FileOutcome {
  return { code: source, changed: false, sites: [], error, times: {} };
}

export function timeoutError(timeoutMs: number): FileError {
  return { code: 'timeout', message: `took longer than the ${timeoutMs} ms per-file limit; file left untouched` };
}

export function internalError(error: unknown): FileError {
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal-error', message: `awaitify failed on this file: ${message}` };
}
