import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sourceOfFigure } from "./figure-sources";
import { flagsForYear, joinFlagIds } from "./flags";
import { similarAveragePath, withTypeAverages, AVERAGED_MEASURES } from "./similar-averages";
import type { FigureSource, SimilarAverages, YearFigures } from "./types";

// Composed for these tests (an example council, example addresses), in the shape of a 2024-25
// statistics page cut off before the per-100k average; the real dataset (Cornwall 2024-25) is
// checked in the figures store's and the plan's tests.
const councilPage: FigureSource = { kind: "statistics-page", url: "https://www.lgo.org.uk/your-councils-performance/example-unitary-council/statistics" };
const averagesReport: FigureSource = { kind: "council-report", url: "https://example.gov.uk/ombudsman-annual-review" };
const upheldAverageSource: FigureSource = { kind: "statistics-page", url: "https://www.lgo.org.uk/your-councils-performance/another-unitary-council/statistics" };

const unitary2024: SimilarAverages = {
  type: "Unitary Council",
  year: "2024-25",
  upheld: 80,
  upheldPer100k: 5.3,
  compliance: 100,
  sources: { upheld: upheldAverageSource, upheldPer100k: averagesReport, compliance: averagesReport },
};

const council: YearFigures = {
  authority: "Example Unitary Council",
  year: "2024-25",
  upheld: { rate: 81, count: 48, of: 59, similarAverage: 80 },
  upheldPer100k: { value: 8.5 },
  source: councilPage,
};

describe("withTypeAverages", () => {
  it("fills a missing average from the type's published one, with that average's own source", () => {
    const filled = withTypeAverages(council, unitary2024);
    expect(filled.upheldPer100k).toEqual({ value: 8.5, similarAverage: 5.3 });
    expect(filled.figureSources).toEqual({ "upheldPer100k.similarAverage": averagesReport });
    expect(sourceOfFigure(filled, "upheldPer100k.similarAverage")).toBe(averagesReport);
    // The council's own figure still cites the council's page.
    expect(sourceOfFigure(filled, "upheldPer100k.value")).toBe(councilPage);
  });

  it("lets the flags compare the figure with the filled average", () => {
    expect(joinFlagIds(flagsForYear(council, undefined))).toBe("upheld-above-average");
    const flags = flagsForYear(withTypeAverages(council, unitary2024), undefined);
    expect(joinFlagIds(flags)).toBe("upheld-above-average; per100k-above-average");
    const per100k = flags.find((flag) => flag.id === "per100k-above-average")!;
    expect(per100k.message).toContain("8.5 (48 upheld decisions) is above the average of 5.3");
    expect(per100k.evidence).toBe(
      `2024-25: Upheld per 100k = 8.5, Upheld = 48 (source: ${councilPage.url}); Similar per 100k = 5.3 (source: ${averagesReport.url})`,
    );
  });

  it("keeps an average the council's own document printed, even where the type's differs", () => {
    const printed: YearFigures = { ...council, upheldPer100k: { value: 8.5, similarAverage: 5.1 } };
    const kept = withTypeAverages(printed, unitary2024);
    expect(kept.upheldPer100k).toEqual({ value: 8.5, similarAverage: 5.1 });
    expect(kept.upheld).toEqual({ rate: 81, count: 48, of: 59, similarAverage: 80 });
    expect(sourceOfFigure(kept, "upheldPer100k.similarAverage")).toBe(councilPage);
    expect(kept).toBe(printed);
  });

  it("invents no block the record lacks", () => {
    const filled = withTypeAverages(council, unitary2024);
    expect(filled.compliance).toBeUndefined();
    expect("compliance" in filled).toBe(false);
    expect(filled.satisfactoryRemedy).toBeUndefined();
  });

  it("uses no average held without a source, and none for a measure the type's averages lack", () => {
    const unsourced: SimilarAverages = { ...unitary2024, sources: { upheld: upheldAverageSource } };
    expect(withTypeAverages(council, unsourced)).toBe(council);
    const remedyOnly: YearFigures = { ...council, upheldPer100k: undefined, satisfactoryRemedy: { rate: 12, of: 50 } };
    delete remedyOnly.upheldPer100k;
    expect(withTypeAverages(remedyOnly, unitary2024)).toBe(remedyOnly);
  });

  it("leaves the record as it was when no averages are held for the type and year", () => {
    expect(withTypeAverages(council, undefined)).toBe(council);
  });

  it("never changes the record it is given, and keeps the sources it already had", () => {
    const merged: YearFigures = {
      ...council,
      compliance: { rate: 90, of: 10 },
      figureSources: { compliance: { kind: "annual-letter", title: "Annual review letter 2025" } },
    };
    const before = structuredClone(merged);
    const filled = withTypeAverages(merged, unitary2024);
    expect(merged).toEqual(before);
    expect(filled.compliance).toEqual({ rate: 90, of: 10, similarAverage: 100 });
    expect(filled.figureSources).toEqual({
      compliance: { kind: "annual-letter", title: "Annual review letter 2025" },
      "upheldPer100k.similarAverage": averagesReport,
      "compliance.similarAverage": averagesReport,
    });
    // The compliance rate keeps the letter as its source; its average names the report.
    expect(sourceOfFigure(filled, "compliance.rate").kind).toBe("annual-letter");
    expect(sourceOfFigure(filled, "compliance.similarAverage")).toBe(averagesReport);
  });

  it("refuses another year's averages", () => {
    expect(() => withTypeAverages(council, { ...unitary2024, year: "2023-24" })).toThrow(
      "The Unitary Council averages for 2023-24 were offered for Example Unitary Council 2024-25.",
    );
    // The same year written another way is the same year.
    expect(withTypeAverages({ ...council, year: "2024/25" }, unitary2024).upheldPer100k?.similarAverage).toBe(5.3);
  });

  it("whatever the record and averages: printed averages stay, only held blocks gain one, each filled one names its source", () => {
    const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
    const rate = fc.integer({ min: 0, max: 100 });
    const block = fc.record({ rate, similarAverage: maybe(rate) }, { requiredKeys: ["rate"] });
    const per100k = fc.record({ value: fc.double({ min: 0, max: 50, noNaN: true }), similarAverage: maybe(fc.double({ min: 0, max: 50, noNaN: true })) }, { requiredKeys: ["value"] });
    const record = fc.record(
      { upheld: block, upheldPer100k: per100k, compliance: block, satisfactoryRemedy: block },
      { requiredKeys: [] },
    );
    const averages = fc.record(
      { upheld: rate, upheldPer100k: fc.double({ min: 0, max: 50, noNaN: true }), compliance: rate, satisfactoryRemedy: rate, sourced: fc.subarray([...AVERAGED_MEASURES]) },
      { requiredKeys: ["sourced"] },
    );
    fc.assert(
      fc.property(record, averages, (blocks, held) => {
        const figures: YearFigures = { authority: "A council", year: "2024-25", source: councilPage, ...blocks };
        const { sourced, ...values } = held;
        const typeAverages: SimilarAverages = {
          type: "Unitary Council",
          year: "2024-25",
          ...values,
          sources: Object.fromEntries(sourced.map((measure) => [measure, averagesReport])),
        };
        const filled = withTypeAverages(figures, typeAverages);
        for (const measure of AVERAGED_MEASURES) {
          const was = figures[measure];
          const now = filled[measure];
          if (was === undefined) {
            expect(now).toBeUndefined();
            continue;
          }
          expect({ ...now, similarAverage: undefined }).toEqual({ ...was, similarAverage: undefined });
          const path = similarAveragePath(measure);
          if (was.similarAverage !== undefined) {
            expect(now?.similarAverage).toBe(was.similarAverage);
            expect(filled.figureSources?.[path]).toBeUndefined();
          } else if (typeAverages[measure] !== undefined && sourced.includes(measure)) {
            expect(now?.similarAverage).toBe(typeAverages[measure]);
            expect(filled.figureSources?.[path]).toBe(averagesReport);
          } else {
            expect(now?.similarAverage).toBeUndefined();
            expect(filled.figureSources?.[path]).toBeUndefined();
          }
        }
      }),
    );
  });
});
