import { describe, expect, it } from "vitest";
import { publishedInvestigations, publishedUpheldCount } from "./published-counts";
import type { YearFigures } from "./types";

const record = (figures: Partial<YearFigures>): YearFigures => ({ authority: "X", year: "2024-25", source: { kind: "statistics-page" }, ...figures });

describe("the counts behind the upheld rate", () => {
  it("come from the key statistics block first", () => {
    const figures = record({ upheld: { rate: 73, count: 24, of: 33 }, decisions: { detailedInvestigations: 30, upheld: 20 }, overview: { investigated: 31 } });
    expect(publishedInvestigations(figures)).toEqual({ value: 33, path: "upheld.of" });
    expect(publishedUpheldCount(figures)).toEqual({ value: 24, path: "upheld.count" });
  });

  it("else from a decisions table, then an overview", () => {
    expect(publishedInvestigations(record({ decisions: { detailedInvestigations: 30 }, overview: { investigated: 31 } }))).toEqual({
      value: 30,
      path: "decisions.detailedInvestigations",
    });
    expect(publishedInvestigations(record({ overview: { investigated: 31 } }))).toEqual({ value: 31, path: "overview.investigated" });
    expect(publishedUpheldCount(record({ decisions: { upheld: 9 } }))).toEqual({ value: 9, path: "decisions.upheld" });
  });

  it("are absent when not printed, never 0", () => {
    expect(publishedInvestigations(record({ upheld: { rate: 73 } }))).toBeUndefined();
    expect(publishedUpheldCount(record({}))).toBeUndefined();
  });
});
