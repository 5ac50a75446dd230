/**
 * Runs file tasks, in-process or on worker threads, under the per-file time limit. Either way a
 * task ends as a PipelineResult: a crash or a timeout becomes a failed result for that file only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { failedResult, internalError, timeoutError, transformFile, type FileOutcome, type FileTask } from './transform-file';
import { createWorkerPoolRunner } from './worker-pool';

export interface FileRunner {
  /** How many tasks to keep in flight. */
  readonly concurrency: number;
  run(task: FileTask): Promise<FileOutcome>;
  close(): Promise<void>;
}

/** Below this many files, starting threads costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 8;

export interface RunnerChoice {
  fileCount: number;
  workers: number;
  /** 0: no limit. */
  timeoutMs: number;
  /** The compiled worker module; default: the one built next to this file, if any. */
  workerFile?: string;
}

export function createFileRunner(choice: RunnerChoice): FileRunner {
  const workerFile = choice.workerFile ?? builtWorkerFile();
  const threads = Math.min(choice.workers, choice.fileCount);
  if (!workerFile || threads < 2 || choice.fileCount < MIN_FILES_FOR_WORKERS) {
    return createInProcessRunner(choice.timeoutMs);
  }
  return createWorkerPoolRunner({ workerFile, threads, timeoutMs: choice.timeoutMs });
}

/**
 * Worker threads load compiled JavaScript: when this module runs from its TypeScript source
 * (ts-jest), there is no worker to load and runs stay in-process.
 */
function builtWorkerFile(): string | undefined {
  if (path.extname(__filename) !== '.js') return undefined;
  const file = path.join(__dirname, 'worker.js');
  return fs.existsSync(file) ? file : undefined;
}

/**
 * One task at a time on the main thread. A synchronous pipeline cannot be interrupted here: a file
 * over the time limit still runs to the end, then is reported as `timeout` and left untouched,
 * exactly as a worker run would report it.
 */
export function createInProcessRunner(timeoutMs: number): FileRunner {
  return {
    concurrency: 1,
    async run(task) {
      const started = performance.now();
      let result: FileOutcome;
      try {
        result = await transformFile(task);
      } catch (error) {
        return failedResult(task.source, internalError(error));
      }
      if (timeoutMs > 0 && performance.now() - started > timeoutMs) {
        return failedResult(task.source, timeoutError(timeoutMs));
      }
      return result;
    },
    close: async () => {},
  };
}
