/**
 * The helpers the caolan-async transform adds to a converted file, run directly: the limit of
 * mapLimit, its stop at the first error, and retry's attempts and waits. (The fixtures' scenarios
 * check the same against the real library; these pin the helpers' own contract.)
 */
import { Project, ts } from 'ts-morph';
import { helperSource } from '../transforms/caolan-async/helpers';

type MapLimit = <T, R>(items: T[], limit: number, iteratee: (item: T) => Promise<R>) => Promise<R[]>;
type Retry = <R>(times: number, interval: number, task: () => Promise<R>) => Promise<R>;

function load<T>(name: string): T {
  return new Function(`${helperSource(name, false)}\nreturn ${name};`)() as T;
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('mapLimit', () => {
  const mapLimit = load<MapLimit>('mapLimit');

  it('keeps at most `limit` calls in flight and returns results in item order', async () => {
    let inFlight = 0;
    let most = 0;
    const delays = [5, 1, 3, 1, 4, 2];
    const result = await mapLimit(delays, 2, async (delay) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      for (let i = 0; i < delay; i++) await tick();
      inFlight -= 1;
      return delay * 10;
    });
    expect(most).toBe(2);
    expect(result).toEqual([50, 10, 30, 10, 40, 20]);
  });

  it('rejects with the first error and starts no item after it', async () => {
    const started: number[] = [];
    const run = mapLimit([1, 2, 3, 4, 5], 2, async (item) => {
      started.push(item);
      await tick();
      if (item === 2) throw new Error('two');
      await tick();
      return item;
    });
    await expect(run).rejects.toThrow('two');
    for (let i = 0; i < 5; i++) await tick();
    expect(started).toEqual([1, 2]);
  });

  it('handles fewer items than the limit, no items, and refuses a limit below 1 as the library does', async () => {
    await expect(mapLimit([7], 3, async (x) => x + 1)).resolves.toEqual([8]);
    await expect(mapLimit([], 3, async (x) => x)).resolves.toEqual([]);
    await expect(mapLimit([1], 0, async (x) => x)).rejects.toThrow(RangeError);
  });
});

describe('retry', () => {
  const retry = load<Retry>('retry');

  it('tries `times` times, then rejects with the last error', async () => {
    let attempts = 0;
    await expect(retry(3, 0, async () => {
      attempts += 1;
      throw new Error(`attempt ${attempts}`);
    })).rejects.toThrow('attempt 3');
    expect(attempts).toBe(3);
  });

  it('resolves with the first success and waits `interval` ms between attempts', async () => {
    const times: number[] = [];
    const start = Date.now();
    const result = await retry(4, 30, async () => {
      times.push(Date.now() - start);
      if (times.length < 3) throw new Error('not yet');
      return 'ok';
    });
    expect(result).toBe('ok');
    expect(times).toHaveLength(3);
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(25);
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(25);
  });
});

describe('typed helpers', () => {
  it('TypeScript files get annotated versions of the same code, which type-check', () => {
    expect(helperSource('mapLimit', true)).toContain('async function mapLimit<T, R>(items: readonly T[], limit: number');
    expect(helperSource('retry', true)).toContain('task: () => Promise<R>): Promise<R>');
    for (const name of ['mapLimit', 'retry']) {
      const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true, noImplicitAny: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'] } });
      // The converted file has Node's types; here only the one global the helper uses is declared.
      project.createSourceFile('helper.ts', `declare function setTimeout(callback: (value?: unknown) => void, ms: number): unknown;\n${helperSource(name, true)}\nexport { ${name} };\n`);
      const diagnostics = project.getPreEmitDiagnostics().map((d) => ts.flattenDiagnosticMessageText(d.getMessageText() as string, '\n'));
      expect(diagnostics).toEqual([]);
    }
  });
});
