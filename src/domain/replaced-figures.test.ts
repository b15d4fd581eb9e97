// What a newer record replaced in a held one, in words. The records are composed for this test.
import { describe, expect, it } from "vitest";
import { describeReplacedFigures } from "./replaced-figures";
import type { YearFigures } from "./types";

const held: YearFigures = {
  authority: "Sheffield City Council",
  year: "2023-24",
  upheld: { rate: 83, count: 20, of: 24 },
  compliance: { rate: 100, of: 14 },
  source: { kind: "statistics-page", url: "https://example.test/held" },
  figureSources: { compliance: { kind: "annual-letter", title: "Composed letter" } },
};

describe("describeReplacedFigures", () => {
  it("is nothing when every figure both hold agrees, whatever else either holds", () => {
    const newer: YearFigures = { authority: held.authority, year: held.year, upheld: { rate: 83, count: 20, of: 24, similarAverage: 80 }, source: { kind: "statistics-page", url: "https://example.test/new" } };
    expect(describeReplacedFigures(newer, held)).toBeUndefined();
  });

  it("names each differing figure with the held value and its own document", () => {
    const newer: YearFigures = { ...held, upheld: { rate: 75, count: 18, of: 24 }, compliance: { rate: 93, of: 14 }, source: { kind: "statistics-page", url: "https://example.test/new" } };
    expect(describeReplacedFigures(newer, held)).toBe(
      "replaced 2023-24 figures held before: complaints upheld rate 83%, complaints upheld count 20 from https://example.test/held; compliance with recommendations rate 100% from Composed letter",
    );
  });
});
