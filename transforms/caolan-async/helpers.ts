/**
 * The small functions a converted file gets once each, for what has no one-line native form:
 * a concurrency limit (`eachLimit`/`mapLimit`) and retries (`retry`). They follow the library:
 * results in input order, the first error rejects at once and nothing new starts after it.
 */
export const HELPERS: Record<string, string> = {
  mapLimit: `/** Calls \`iteratee\` on each item, at most \`limit\` at a time; results in item order. The first error rejects and starts nothing new. */
async function mapLimit(items, limit, iteratee) {
  if (limit <= 0) throw new RangeError('concurrency limit cannot be less than 1');
  const results = [];
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
  const workers = [];
  for (let i = 0; i < Math.min(limit, items.length); i++) workers.push(work());
  await Promise.all(workers);
  return results;
}`,
  retry: `/** Calls \`task\` until it succeeds, at most \`times\` times, \`interval\` ms apart; rejects with the last error. */
async function retry(times, interval, task) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (err) {
      if (attempt >= times) throw err;
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}`,
};

const TYPED: Record<string, [RegExp, string][]> = {
  mapLimit: [
    [/async function mapLimit\(items, limit, iteratee\)/, 'async function mapLimit<T, R>(items: readonly T[], limit: number, iteratee: (item: T) => Promise<R>): Promise<R[]>'],
    [/const results = \[\];/, 'const results: R[] = [];'],
    [/const workers = \[\];/, 'const workers: Promise<void>[] = [];'],
  ],
  retry: [[/async function retry\(times, interval, task\)/, 'async function retry<R>(times: number, interval: number, task: () => Promise<R>): Promise<R>']],
};

/** The helper's source, with type annotations for TypeScript files. */
export function helperSource(name: string, typescript: boolean): string {
  let source = HELPERS[name];
  if (typescript) for (const [pattern, replacement] of TYPED[name]) source = source.replace(pattern, replacement);
  return source;
}
