import { describe, expect, it } from "vitest";
import { publishedFigurePaths, publishedFigureValues, setFigureAt } from "./figure-paths";
import type { YearFigures } from "./types";

// The paths of a merged record are tested with its sources, in figure-sources.test.ts.
const letter = { kind: "annual-letter", title: "A composed letter" } as const;

describe("figure paths", () => {
  it("give each published figure's value under its path, groups in their listed order", () => {
    const record: YearFigures = { authority: "X", year: "2024-25", overview: { investigated: 12 }, upheld: { rate: 58 }, source: letter };
    expect([...publishedFigureValues(record)]).toEqual([
      ["upheld.rate", 58],
      ["overview.investigated", 12],
    ]);
    expect(publishedFigurePaths(record)).toEqual(["upheld.rate", "overview.investigated"]);
    expect(publishedFigureValues({ authority: "X", year: "2024-25", source: letter }).size).toBe(0);
  });

  it("put a figure at its path, creating the groups and keeping what is there", () => {
    const record: Record<string, unknown> = { authority: "X", upheld: { rate: 58 } };
    setFigureAt(record, "upheld.count", 7);
    setFigureAt(record, "received.byCategory.housing", 23);
    expect(record).toEqual({ authority: "X", upheld: { rate: 58, count: 7 }, received: { byCategory: { housing: 23 } } });
  });

  it("assemble from a record's values a record holding the same figures", () => {
    // Composed figures: only their places in the record matter here.
    const composed: YearFigures = {
      authority: "A composed council",
      year: "2019-20",
      upheld: { rate: 73, count: 24, of: 33, similarAverage: 61 },
      compliance: { rate: 100, of: 11, similarAverage: 99 },
      decisions: { upheld: 24, notUpheld: 9 },
      source: letter,
    };
    const assembled: Record<string, unknown> = { authority: composed.authority, year: composed.year, source: letter };
    for (const [path, value] of publishedFigureValues(composed)) setFigureAt(assembled, path, value);
    expect(assembled).toEqual(composed);
  });
});
