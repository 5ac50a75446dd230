/** Runs `fn` over `items` with at most `limit` calls in flight; resolves when all are done. */
export async function forEachConcurrent<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await fn(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}

/**
 * Like forEachConcurrent, but an item starts only once the items it depends on have finished
 * (dependencies outside `items` are ignored). A cycle cannot wait forever: when nothing is ready
 * and nothing is running, the earliest waiting item starts anyway.
 */
export async function forEachInDependencyOrder(
  items: readonly number[],
  dependenciesOf: (item: number) => readonly number[],
  limit: number,
  fn: (item: number) => Promise<void>,
): Promise<void> {
  const members = new Set(items);
  const waitingOn = new Map<number, Set<number>>();
  const dependents = new Map<number, number[]>();
  for (const item of items) {
    const open = new Set(dependenciesOf(item).filter((d) => members.has(d) && d !== item));
    waitingOn.set(item, open);
    for (const dependency of open) dependents.set(dependency, [...(dependents.get(dependency) ?? []), item]);
  }
  const ready = items.filter((item) => waitingOn.get(item)!.size === 0);
  const waiting = new Set(items.filter((item) => waitingOn.get(item)!.size > 0));
  let running = 0;
  await new Promise<void>((resolve, reject) => {
    const pump = (): void => {
      if (ready.length === 0 && running === 0 && waiting.size > 0) {
        const [first] = waiting;
        waiting.delete(first);
        ready.push(first);
      }
      if (ready.length === 0 && running === 0) return resolve();
      while (ready.length > 0 && running < Math.max(1, limit)) {
        const item = ready.shift()!;
        running += 1;
        fn(item).then(() => {
          running -= 1;
          for (const dependent of dependents.get(item) ?? []) {
            const open = waitingOn.get(dependent)!;
            open.delete(item);
            if (open.size === 0 && waiting.delete(dependent)) ready.push(dependent);
          }
          pump();
        }, reject);
      }
    };
    pump();
  });
}
