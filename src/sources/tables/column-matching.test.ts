import { describe, expect, it } from "vitest";
import { headerWords, matchColumns, type Vocabulary } from "./column-matching";
import { findHeaderRow } from "./header-row";

type Key = "council" | "upheldCount" | "upheldRate" | "reference" | "ombudsmanReference";

const vocabulary: Vocabulary<Key> = {
  synonyms: { lgo: "ombudsman", lgsco: "ombudsman", ref: "reference", rate: "percent" },
  specs: [
    { key: "council", label: "Council", phrases: ["council", "authority"], unless: ["type"] },
    { key: "upheldCount", label: "Upheld", phrases: ["upheld"], unless: ["percent", "not"] },
    { key: "upheldRate", label: "Upheld rate", phrases: ["upheld percent", "uphold percent"] },
    { key: "reference", label: "Reference", phrases: ["reference"], unless: ["ombudsman"] },
    { key: "ombudsmanReference", label: "Ombudsman reference", phrases: ["ombudsman reference"] },
  ],
};

describe("headerWords", () => {
  it("reduces a header to canonical words", () => {
    expect(headerWords("  % Upheld ", vocabulary)).toEqual(["percent", "upheld"]);
    expect(headerWords("LGO Ref.", vocabulary)).toEqual(["ombudsman", "reference"]);
    expect(headerWords("Uphold rate (per cent)", vocabulary)).toEqual(["uphold", "percent", "percent"]);
    expect(headerWords("Education & Children’s Services", vocabulary)).toEqual(["education", "childrens", "services"]);
  });
});

describe("matchColumns", () => {
  it("matches headers by meaning whatever their wording and case", () => {
    const match = matchColumns(["COUNCIL NAME", "Upheld", "% upheld", "LGSCO ref", "Our Ref"], vocabulary);
    expect(match.columns).toEqual({ council: 0, upheldCount: 1, upheldRate: 2, ombudsmanReference: 3, reference: 4 });
    expect(match.unmatched).toEqual([]);
  });
  it("gives the better-fitting field first, so 'Upheld rate' is never taken for the count", () => {
    const match = matchColumns(["Upheld rate", "Upheld"], vocabulary);
    expect(match.columns).toEqual({ upheldRate: 0, upheldCount: 1 });
  });
  it("reports headers that fit nothing and columns that repeat a field", () => {
    const match = matchColumns(["Authority", "Region", "Council", "", "Not upheld"], vocabulary);
    expect(match.columns).toEqual({ council: 0 });
    expect(match.duplicates).toEqual([{ column: 2, header: "Council", key: "council" }]);
    expect(match.unmatched).toEqual([
      { column: 1, header: "Region" },
      { column: 4, header: "Not upheld" },
    ]);
  });
  it("honours words that rule a field out", () => {
    expect(matchColumns(["Authority type", "Upheld"], vocabulary).columns).toEqual({ upheldCount: 1 });
  });
});

describe("findHeaderRow", () => {
  it("finds the header below title rows and blank rows", () => {
    const cells = [
      ["Complaints upheld by council, 2019-20 (composed by us)"],
      [],
      ["Published 22 July 2020", null],
      ["Authority", "Upheld", "Upheld rate"],
      ["Harrow", 24, "73%"],
    ];
    expect(findHeaderRow(cells, vocabulary)?.row).toBe(3);
  });
  it("prefers the row that fits the most fields, and the earliest on a tie", () => {
    const cells = [
      ["Council", "Upheld"],
      ["Council", "Upheld", "% upheld"],
      ["Council", "Upheld", "% upheld"],
    ];
    expect(findHeaderRow(cells, vocabulary)?.row).toBe(1);
  });
  it("finds nothing when no row fits two fields or passes the caller's test", () => {
    expect(findHeaderRow([["Upheld"], ["Harrow", 3]], vocabulary)).toBeUndefined();
    expect(findHeaderRow([["Upheld", "% upheld"]], vocabulary, { accept: (match) => match.columns.council !== undefined })).toBeUndefined();
    expect(findHeaderRow([[], ["x", "Council", "Upheld"]], vocabulary, { searchRows: 1 })).toBeUndefined();
  });
});
