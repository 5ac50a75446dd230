/**
 * The worker-thread entry (piscina loads the compiled `dist/engine/worker.js`). It marks when it
 * starts a task, so the parent's time limit counts running time and not time spent queued or
 * waiting for a thread to boot.
 */
import { transformFile, type FileOutcome, type FileTask } from './transform-file';

export interface WorkerMessage {
  task: FileTask;
  /** 8 bytes shared with the parent: the task's start time (ms since epoch), 0 until started. */
  startedAt: SharedArrayBuffer;
}

export default async function runTask({ task, startedAt }: WorkerMessage): Promise<FileOutcome> {
  Atomics.store(new BigInt64Array(startedAt), 0, BigInt(Date.now()));
  return transformFile(task);
}
