/**
 * File tasks on a piscina pool of worker threads. The time limit aborts a task through its
 * AbortSignal; piscina then terminates the thread running it (a synchronous pipeline cannot be
 * stopped any other way) and starts a fresh one.
 */
import { Piscina } from 'piscina';
import type { FileRunner } from './file-runner';
import { failedResult, internalError, timeoutError, type FileOutcome } from './transform-file';
import type { WorkerMessage } from './worker';

export interface WorkerPoolOptions {
  /** A compiled module whose default export handles a WorkerMessage (see worker.ts). */
  workerFile: string;
  threads: number;
  /** 0: no limit. */
  timeoutMs: number;
}

export function createWorkerPoolRunner({ workerFile, threads, timeoutMs }: WorkerPoolOptions): FileRunner {
  const pool = new Piscina({ filename: workerFile, minThreads: threads, maxThreads: threads });
  let closing = false;
  // A thread that fails outside a task (e.g. the replacement of a terminated one, still booting
  // while the pool closes) emits 'error'; a task's own failure reaches its `run` as a rejection.
  pool.on('error', (error: unknown) => {
    if (!closing) process.emitWarning(`awaitify worker thread failed: ${(error as Error)?.message ?? error}`);
  });
  return {
    // One task queued behind each running one, so no thread waits for the parent between files.
    concurrency: threads * 2,
    async run(task) {
      const startedAt = new SharedArrayBuffer(8);
      const controller = new AbortController();
      const stopWatching = timeoutMs > 0 ? watchRunningTime(startedAt, timeoutMs, () => controller.abort()) : () => {};
      try {
        const message: WorkerMessage = { task, startedAt };
        return (await pool.run(message, { signal: controller.signal })) as FileOutcome;
      } catch (error) {
        return failedResult(task.source, controller.signal.aborted ? timeoutError(timeoutMs) : internalError(error));
      } finally {
        stopWatching();
      }
    },
    close: () => {
      closing = true;
      return pool.destroy();
    },
  };
}

/**
 * Calls `onTimeout` once the task has run `timeoutMs` since the worker marked its start; time
 * spent queued does not count. Returns a function that stops watching.
 */
function watchRunningTime(startedAt: SharedArrayBuffer, timeoutMs: number, onTimeout: () => void): () => void {
  const start = new BigInt64Array(startedAt);
  let timer: NodeJS.Timeout;
  const check = (): void => {
    const startedMs = Number(Atomics.load(start, 0));
    const remaining = startedMs === 0 ? timeoutMs : startedMs + timeoutMs - Date.now();
    if (startedMs !== 0 && remaining <= 0) onTimeout();
    else timer = setTimeout(check, remaining);
  };
  timer = setTimeout(check, timeoutMs);
  return () => clearTimeout(timer);
}
