/**
 * The worker pool with a stand-in worker module (plain JS, loaded by real worker threads): the
 * time limit stops a hung task on its thread, the pool replaces the thread, and other tasks and
 * later tasks still complete.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FileTask } from '../engine/transform-file';
import { createWorkerPoolRunner } from '../engine/worker-pool';
import { emptyProjectFacts } from '../engine/project-facts';
import { makeTree, removeTrees } from './engine-temp-tree';

afterEach(removeTrees);

/** Follows worker.ts's protocol: mark the start, then work; `hang` files never finish. */
const STAND_IN_WORKER = `
module.exports = async function ({ task, startedAt }) {
  Atomics.store(new BigInt64Array(startedAt), 0, BigInt(Date.now()));
  if (task.filename.includes('hang')) for (;;) {}
  if (task.filename.includes('crash')) throw new Error('worker bug');
  return { code: task.source.toUpperCase(), changed: true, sites: [] };
};
`;

function task(filename: string): FileTask {
  return {
    filename,
    source: `source of ${filename}`,
    options: { transforms: [], parallel: 'independent', parser: 'auto', keepApi: false, promiseApis: [], pure: [], sequential: [] },
    prettier: false,
    project: emptyProjectFacts(),
    packageType: 'commonjs',
  };
}

test('a task over the time limit is failed as timeout; the pool goes on', async () => {
  const dir = makeTree({ 'worker.js': STAND_IN_WORKER });
  const runner = createWorkerPoolRunner({ workerFile: path.join(dir, 'worker.js'), threads: 2, timeoutMs: 1500 });
  try {
    const results = await Promise.all(['a.js', 'hang.js', 'b.js', 'crash.js', 'c.js'].map((f) => runner.run(task(f))));
    expect(results.map((r) => r.error?.code ?? r.code)).toEqual([
      'SOURCE OF A.JS',
      'timeout',
      'SOURCE OF B.JS',
      'internal-error',
      'SOURCE OF C.JS',
    ]);
    expect(results[1]).toMatchObject({ changed: false, code: 'source of hang.js' });
    // The thread that hung was replaced: the pool still works.
    expect((await runner.run(task('d.js'))).code).toBe('SOURCE OF D.JS');
  } finally {
    await runner.close();
  }
});

test('time spent queued does not count against the limit', async () => {
  const dir = makeTree({
    'worker.js': `
module.exports = async function ({ task, startedAt }) {
  Atomics.store(new BigInt64Array(startedAt), 0, BigInt(Date.now()));
  const until = Date.now() + 400;
  while (Date.now() < until) {}
  return { code: task.source, changed: false, sites: [] };
};`,
  });
  expect(fs.existsSync(path.join(dir, 'worker.js'))).toBe(true);
  // One thread, four 400 ms tasks, a 1000 ms limit: the last waits ~1200 ms but runs 400 ms.
  const runner = createWorkerPoolRunner({ workerFile: path.join(dir, 'worker.js'), threads: 1, timeoutMs: 1000 });
  try {
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((f) => runner.run(task(f))));
    expect(results.map((r) => r.error?.code)).toEqual([undefined, undefined, undefined, undefined]);
  } finally {
    await runner.close();
  }
});
