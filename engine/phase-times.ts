/**
 * Where a file's time goes, by phase: `parse`, each transform by name, `print`, `syntax-check`,
 * `format`, `diff`. Milliseconds of the thread that ran the file; summed over a run into the
 * report's `summary.work` (engine/report.ts), which `--verbose` and the benchmark print.
 */
export type PhaseTimes = Record<string, number>;

export function timePhase<T>(times: PhaseTimes, phase: string, run: () => T): T {
  const started = performance.now();
  try {
    return run();
  } finally {
    times[phase] = (times[phase] ?? 0) + (performance.now() - started);
  }
}

export async function timePhaseAsync<T>(times: PhaseTimes, phase: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await run();
  } finally {
    times[phase] = (times[phase] ?? 0) + (performance.now() - started);
  }
}

export function addPhaseTimes(into: PhaseTimes, times: PhaseTimes | undefined): void {
  for (const [phase, ms] of Object.entries(times ?? {})) into[phase] = (into[phase] ?? 0) + ms;
}
