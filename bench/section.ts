// What a bench section is: a named group of measurements. Sections live in bench/sections/ and
// are listed in bench/sections/index.ts.

export interface Measurement {
  /** Key in the JSON output, camelCase: `firstScriptGzipBytes`. */
  key: string;
  /** Row label in the table: "First script, gzip". */
  label: string;
  value: number;
  unit: "bytes" | "ms" | "count" | "ratio";
  /** Shown beside the value in the table only (how it was measured, what it is compared with). */
  note?: string;
}

export interface BenchContext {
  /** Repetitions for timed measurements; sections report the median. */
  runs: number;
  /** Progress for the person waiting; never mixed into stdout. */
  log(message: string): void;
}

export interface BenchSection {
  /** Key in the JSON output and name on the command line: `taskpane`. */
  id: string;
  title: string;
  run(context: BenchContext): Promise<Measurement[]>;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
