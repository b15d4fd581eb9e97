import { describe, expect, it } from "vitest";
import { formatTable, formatValue, toJson, type SectionResult } from "./report";
import { median } from "./section";

const results: SectionResult[] = [
  {
    id: "taskpane",
    title: "Task pane",
    measurements: [
      { key: "firstScriptGzipBytes", label: "First script, gzip", value: 120_000, unit: "bytes" },
      { key: "firstRenderMs", label: "First render", value: 151.4, unit: "ms", note: "median of 5" },
    ],
  },
  { id: "fetchMyCouncil", title: "Fetch my council", measurements: [{ key: "syncs", label: "Syncs", value: 2, unit: "count" }] },
];

describe("bench report", () => {
  it("prints one JSON object keyed by section then measurement", () => {
    expect(toJson(results)).toEqual({ taskpane: { firstScriptGzipBytes: 120_000, firstRenderMs: 151.4 }, fetchMyCouncil: { syncs: 2 } });
  });

  it("prints a readable, aligned table with notes", () => {
    expect(formatTable(results).split("\n")).toEqual([
      "Task pane [taskpane]",
      "  First script, gzip  117.2 KB",
      "  First render          151 ms  (median of 5)",
      "",
      "Fetch my council [fetchMyCouncil]",
      "  Syncs  2",
      "",
    ]);
  });

  it("formats small values precisely", () => {
    expect(formatValue(512, "bytes")).toBe("512 B");
    expect(formatValue(3.14159, "ms")).toBe("3.14 ms");
    expect(formatValue(1.5, "ratio")).toBe("1.50×");
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });
});
