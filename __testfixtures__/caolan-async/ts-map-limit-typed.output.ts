import * as db from './db';

import { promisify } from 'util';
/** Calls `iteratee` on each item, at most `limit` at a time; results in item order. The first error rejects and starts nothing new. */
async function mapLimit<T, R>(items: readonly T[], limit: number, iteratee: (item: T) => Promise<R>): Promise<R[]> {
  if (limit <= 0) throw new RangeError('concurrency limit cannot be less than 1');
  const results: R[] = [];
  let next = 0;
  let failed = false;
  const work = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await iteratee(items[index]);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  const workers: Promise<void>[] = [];
  for (let i = 0; i < Math.min(limit, items.length); i++) workers.push(work());
  await Promise.all(workers);
  return results;
}

export async function sizes(files: string[]): Promise<number[]> {
  return mapLimit(files, 2, async (file: string) => {
    const stat: { id: string } = await promisify(db.stat).call(db, file);
    return stat.id.length;
  });
}
