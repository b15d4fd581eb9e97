import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HARROW } from "../../../test/fixtures/published-figures";
import type { YearFigures } from "../../domain/types";
import { keyStatsSheet } from "./key-stats-sheet";

// Figures composed by fast-check (not published): any mix of present and absent figures.
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const rate = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 1000 }).map((n) => n / 10));
const count = fc.integer({ min: 0, max: 500 });
const composedYear = fc.record({
  upheld: maybe(fc.record({ rate, count: maybe(count), of: maybe(count), similarAverage: maybe(rate) })),
  upheldPer100k: maybe(fc.record({ value: fc.integer({ min: 0, max: 300 }).map((n) => n / 10), similarAverage: maybe(fc.integer({ min: 0, max: 300 }).map((n) => n / 10)) })),
  compliance: maybe(fc.record({ rate, of: maybe(count), similarAverage: maybe(rate) })),
  satisfactoryRemedy: maybe(fc.record({ rate, count: maybe(count), of: maybe(count), similarAverage: maybe(rate) })),
});

describe("key statistics cells (property)", () => {
  it("a published figure lands as itself (a rate as its fraction, formatted 0% or 0.0%), an absent one as an empty cell, never 0", () => {
    fc.assert(
      fc.property(composedYear, (groups) => {
        const figures: YearFigures = {
          authority: HARROW.name,
          gss: HARROW.gss,
          year: "2023-24",
          source: { kind: "dataset", title: "composed by fast-check" },
          overview: { dealtWith: 1 }, // so the row exists even when every key figure is absent
          ...Object.fromEntries(Object.entries(groups).filter(([, value]) => value !== undefined)),
        };
        const table = keyStatsSheet({ councils: [{ authority: HARROW, years: [figures], flags: [] }], comparators: [], asOf: "2025-01-01" }).tables[0]!;
        const row = Object.fromEntries(table.columns.map((column, i) => [column.name, { value: table.rows[0]![i], format: table.numberFormats[0]![i] }]));
        const expectRate = (column: string, published: number | undefined) => {
          expect(row[column]!.value).toBe(published === undefined ? null : Number((published / 100).toPrecision(12)));
          expect(row[column]!.format).toBe(published !== undefined && !Number.isInteger(published) ? "0.0%" : "0%");
        };
        const expectNumber = (column: string, published: number | undefined) => expect(row[column]!.value).toBe(published ?? null);
        expectNumber("Investigations", figures.upheld?.of);
        expectNumber("Upheld", figures.upheld?.count);
        expectRate("Upheld %", figures.upheld?.rate);
        expectRate("Similar upheld %", figures.upheld?.similarAverage);
        expectNumber("Upheld per 100k", figures.upheldPer100k?.value);
        expectNumber("Similar per 100k", figures.upheldPer100k?.similarAverage);
        expectNumber("Compliance outcomes", figures.compliance?.of);
        expectRate("Compliance %", figures.compliance?.rate);
        expectRate("Similar compliance %", figures.compliance?.similarAverage);
        expectNumber("Satisfactory remedies", figures.satisfactoryRemedy?.count);
        expectRate("Satisfactory remedy %", figures.satisfactoryRemedy?.rate);
        expectRate("Similar remedy %", figures.satisfactoryRemedy?.similarAverage);
        expect(row.Sources!.value).toBe("composed by fast-check");
      }),
    );
  });

  it("counts published only in the 2024-25 overview or an older decisions table fill Investigations and Upheld, with their own source", () => {
    const figures: YearFigures = {
      authority: HARROW.name,
      gss: HARROW.gss,
      year: "2018-19",
      decisions: { upheld: 17, detailedInvestigations: 30 },
      source: { kind: "annual-letter", title: "composed letter" },
      figureSources: { decisions: { kind: "council-report", url: "https://example.org/composed-report" } },
    };
    const table = keyStatsSheet({ councils: [{ authority: HARROW, years: [figures], flags: [] }], comparators: [], asOf: "2025-01-01" }).tables[0]!;
    const row = table.rows[0]!;
    expect(row.slice(2, 5)).toEqual([30, 17, null]);
    expect(row[15]).toBe("https://example.org/composed-report");
  });
});
