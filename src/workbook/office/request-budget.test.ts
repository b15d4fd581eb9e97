import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { payloadBytes, rowRuns } from "./request-budget";

describe("row runs under a request budget", () => {
  it("covers every row once, in order, each run within budget unless one row alone is larger", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 500 }), { maxLength: 200 }), fc.integer({ min: 1, max: 2000 }), (sizes, budget) => {
        const runs = rowRuns(sizes.length, (i) => sizes[i]!, budget);
        expect(runs.flatMap((run) => Array.from({ length: run.end - run.start }, (_, k) => run.start + k))).toEqual(sizes.map((_, i) => i));
        for (const run of runs) {
          const size = sizes.slice(run.start, run.end).reduce((a, b) => a + b, 0);
          expect(size <= budget || run.end - run.start === 1).toBe(true);
        }
      }),
    );
  });

  it("keeps a body that fits in one run", () => {
    expect(rowRuns(3, () => 10, 100)).toEqual([{ start: 0, end: 3 }]);
    expect(rowRuns(0, () => 10, 100)).toEqual([]);
  });
});

describe("payload size", () => {
  it("counts UTF-8 bytes, not characters", () => {
    expect(payloadBytes("abc")).toBe(5);
    expect(payloadBytes("Môn")).toBe(6);
    expect(payloadBytes("–")).toBe(5);
    expect(payloadBytes("😀")).toBe(6);
  });
});
