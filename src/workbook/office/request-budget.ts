// Keeping each request to Excel under Excel on the web's 5 MB limit: the renderer estimates
// the size of what it queues (the JSON of values and formats plus a margin per command) and
// sends a request before the next block would take it over the budget.

/** Excel on the web refuses a request over 5 MB; the default budget leaves room for the estimate's error. */
export const DEFAULT_REQUEST_BUDGET_BYTES = 4_000_000;

/** What one command costs beyond its data: the object path and the call. */
export const COMMAND_OVERHEAD_BYTES = 300;

const utf8 = new TextEncoder();

/** The JSON of `data` in UTF-8 bytes, as it travels: "Ynys Môn" or "–" cost more than one byte a character. */
export function payloadBytes(data: unknown): number {
  return utf8.encode(JSON.stringify(data)).byteLength;
}

/**
 * Splits `rows` into runs whose estimated size stays within `budget` (a run holds at least one
 * row). `rowBytes(i)` is the size of row i.
 */
export function rowRuns(rowCount: number, rowBytes: (index: number) => number, budget: number): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < rowCount; i++) {
    const bytes = rowBytes(i);
    if (i > start && size + bytes > budget) {
      runs.push({ start, end: i });
      start = i;
      size = 0;
    }
    size += bytes;
  }
  if (rowCount > 0) runs.push({ start, end: rowCount });
  return runs;
}
