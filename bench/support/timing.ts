// Wall-clock timing for the bench's timed measurements: one warm-up call (module loading, JIT)
// timed apart, then `runs` calls, each timed on its own. Sections report the median of the runs.

export interface TimedRuns<T> {
  /** What the warm-up call returned, for the section to check it did the work. */
  firstResult: T;
  /** The warm-up call: what the first use in a fresh process costs (lazy imports included). */
  firstMs: number;
  /** Each later call, in the order run. */
  runsMs: number[];
}

export async function timeRuns<T>(runs: number, task: () => T | Promise<T>): Promise<TimedRuns<T>> {
  const timeOnce = async (): Promise<{ result: T; ms: number }> => {
    const start = performance.now();
    const result = await task();
    return { result, ms: performance.now() - start };
  };
  const first = await timeOnce();
  const runsMs: number[] = [];
  for (let run = 0; run < runs; run++) runsMs.push((await timeOnce()).ms);
  return { firstResult: first.result, firstMs: first.ms, runsMs };
}

/** Hundredths of a millisecond: finer than Node's timer is worth reporting. */
export function roundMs(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/** Tenths of a millisecond: a browser's timer is coarse anyway. */
export function roundBrowserMs(ms: number): number {
  return Math.round(ms * 10) / 10;
}
