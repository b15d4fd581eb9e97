// Figures composed by us for these tests (not published figures).
import { describe, expect, it } from "vitest";
import { flagsNotJudged, listInWords } from "./flags-not-judged";
import type { YearFigures } from "./types";

const source = { kind: "dataset" as const };

describe("flagsNotJudged", () => {
  it("is empty when every key figure and its average is held", () => {
    const figures: YearFigures = {
      authority: "Composed Council",
      year: "2019-20",
      upheld: { rate: 73, similarAverage: 70 },
      compliance: { rate: 100 },
      satisfactoryRemedy: { rate: 8, similarAverage: 15 },
      source,
    };
    expect(flagsNotJudged(figures)).toEqual([]);
  });

  it("names the compliance and remedy figures a year lacks, and per-100k from 2022-23 on", () => {
    const figures: YearFigures = { authority: "Composed Council", year: "2024-25", upheld: { rate: 80, similarAverage: 79 }, upheldPer100k: { value: 3.9 }, source };
    expect(flagsNotJudged(figures)).toEqual([
      { id: "compliance-below-100", missing: ["compliance rate"] },
      { id: "remedy-below-average", missing: ["satisfactory remedy rate", "similar-authority average satisfactory remedy rate"] },
      { id: "per100k-above-average", missing: ["type average of upheld decisions per 100,000 residents"] },
    ]);
  });

  it("names a missing average (a year after abolition, printed n/a)", () => {
    const figures: YearFigures = {
      authority: "Composed Council",
      year: "2021-22",
      upheld: { rate: 91 },
      compliance: { rate: 100 },
      satisfactoryRemedy: { rate: 0, similarAverage: 20 },
      source,
    };
    expect(flagsNotJudged(figures)).toEqual([{ id: "upheld-above-average", missing: ["similar-authority average upheld rate"] }]);
  });
});

describe("listInWords", () => {
  it("joins with commas and a final 'and'", () => {
    expect(listInWords([])).toBe("");
    expect(listInWords(["a"])).toBe("a");
    expect(listInWords(["a", "b", "c"])).toBe("a, b and c");
  });
});
