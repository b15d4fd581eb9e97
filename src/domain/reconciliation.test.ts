import { describe, expect, it } from "vitest";
import { countByYear, type OwnComplaint } from "./own-records";
import { publishedFigure, reconcile, recordsMismatchFlags } from "./reconciliation";
import type { YearFigures } from "./types";

// Harrow 2019-20 as the real annual letter publishes it (shared/fixtures/letters/harrow-2019-20.txt).
const harrow2019to20: YearFigures = {
  authority: "London Borough of Harrow",
  year: "2019-20",
  upheld: { rate: 73, count: 24, of: 33, similarAverage: 70 },
  compliance: { rate: 100, of: 21, similarAverage: 99 },
  satisfactoryRemedy: { rate: 8, count: 2, of: 24, similarAverage: 15 },
  source: { kind: "annual-letter", title: "Annual Review letter 2020 to London Borough of Harrow" },
  gss: "E09000015",
};

function complaints(count: number, fields: (i: number) => Partial<OwnComplaint>, prefix: string): OwnComplaint[] {
  return Array.from({ length: count }, (_, i) => ({ reference: `${prefix}${i + 1}`, rows: [i + 2], reachedLgsco: true, ...fields(i) }));
}

const dayOf2019to20 = (i: number) => new Date(Date.UTC(2019, 3, 20) + i * 10 * 86_400_000).toISOString().slice(0, 10);

/** 23 upheld (2 remedied, 21 with compliance) and 9 not upheld in 2019-20, one upheld just after, and a span covering the year. */
function harrowLikeRegister(): OwnComplaint[] {
  return [
    ...complaints(23, (i) => ({ lgscoDecision: "upheld", lgscoDecisionDate: dayOf2019to20(i), satisfactoryRemedy: i < 2, ...(i < 21 ? { remedyCompliedWith: true } : {}) }), "U"),
    ...complaints(9, (i) => ({ lgscoDecision: "not-upheld", lgscoDecisionDate: dayOf2019to20(i) }), "N"),
    { reference: "AFTER", rows: [40], reachedLgsco: true, lgscoDecision: "upheld", lgscoDecisionDate: "2020-04-02" },
    { reference: "FIRST", rows: [41], reachedLgsco: false, dateReceived: "2019-04-01" },
  ];
}

describe("reconcile", () => {
  it("sets our counts beside Harrow's published 2019-20 figures: −1 investigation, −1 upheld", () => {
    const rows = reconcile([harrow2019to20], countByYear(harrowLikeRegister()));
    const year = rows.filter((row) => row.year === "2019-20");
    expect(year.map((row) => [row.council, row.measure, row.published, row.ours, row.difference])).toEqual([
      ["London Borough of Harrow", "Detailed investigations", 33, 32, -1],
      ["London Borough of Harrow", "Upheld", 24, 23, -1],
      ["London Borough of Harrow", "Satisfactory remedies", 2, 2, 0],
      ["London Borough of Harrow", "Compliance outcomes", 21, 21, 0],
    ]);
    expect(year[1]?.referencesToCheck).toEqual(["AFTER"]);
    expect(year[1]?.notes).toEqual(["Dated just outside the year, so LGSCO may count them in it: AFTER (2 April 2020)."]);
    expect(year[2]?.referencesToCheck).toEqual([]);
    expect(year[0]?.publishedSource).toEqual(harrow2019to20.source);
  });
  it("raises one records-mismatch flag per year and measure that differs, with both numbers", () => {
    const flags = recordsMismatchFlags(reconcile([harrow2019to20], countByYear(harrowLikeRegister())), "E09000015");
    expect(flags).toEqual([
      {
        id: "records-mismatch",
        year: "2019-20",
        severity: "watch",
        message: "Our records show 32 detailed investigations in 2019-20; LGSCO published 33: 1 fewer in our records.",
        evidence:
          "London Borough of Harrow 2019-20, Detailed investigations: published 33 (source: Annual Review letter 2020 to London Borough of Harrow); our register 32; difference -1; references to check: AFTER",
        gss: "E09000015",
      },
      {
        id: "records-mismatch",
        year: "2019-20",
        severity: "watch",
        message: "Our records show 23 upheld decisions in 2019-20; LGSCO published 24: 1 fewer in our records.",
        evidence: "London Borough of Harrow 2019-20, Upheld: published 24 (source: Annual Review letter 2020 to London Borough of Harrow); our register 23; difference -1; references to check: AFTER",
        gss: "E09000015",
      },
    ]);
  });
  it("marks years the register covers only in part, and raises no flag for them", () => {
    const rows = reconcile([harrow2019to20], countByYear(harrowLikeRegister()));
    const later = rows.filter((row) => row.year === "2020-21");
    expect(later.map((row) => [row.measure, row.ours, row.published, row.partlyCovered])).toEqual([
      ["Detailed investigations", 1, undefined, true],
      ["Upheld", 1, undefined, true],
      ["Satisfactory remedies", 0, undefined, true],
      ["Compliance outcomes", 0, undefined, true],
    ]);
    // A register whose dates start in July 2019 covers only part of 2019-20.
    const fromJuly = complaints(30, (i) => ({ lgscoDecision: "upheld", lgscoDecisionDate: new Date(Date.UTC(2019, 6, 1) + i * 9 * 86_400_000).toISOString().slice(0, 10) }), "J");
    const partial = reconcile([harrow2019to20], countByYear(fromJuly));
    expect(partial.find((row) => row.year === "2019-20")).toMatchObject({ partlyCovered: true, ours: 30, published: 33, difference: -3 });
    expect(partial.find((row) => row.year === "2019-20")?.notes[0]).toBe(
      "Our register's dates run from 1 July 2019 to 18 March 2020: it covers only part of 2019-20, so its count is not comparable.",
    );
    expect(recordsMismatchFlags(partial)).toEqual([]);
  });
  it("lists this year's boundary decisions when we count more than published", () => {
    const register = [
      ...harrowLikeRegister(),
      { reference: "EARLY", rows: [50], reachedLgsco: true, lgscoDecision: "upheld" as const, lgscoDecisionDate: "2019-04-05" },
      { reference: "MIDYEAR", rows: [51], reachedLgsco: true, lgscoDecision: "upheld" as const, lgscoDecisionDate: "2019-10-05" },
    ];
    const upheld = reconcile([harrow2019to20], countByYear(register)).find((row) => row.year === "2019-20" && row.measure === "Upheld");
    expect(upheld).toMatchObject({ ours: 25, published: 24, difference: 1, referencesToCheck: ["EARLY"] });
  });
  it("names uncounted and repeated references when we count fewer", () => {
    const register = harrowLikeRegister().filter((c) => c.reference !== "AFTER");
    register.push({ reference: "NODATE", rows: [60], reachedLgsco: true, lgscoDecision: "upheld" });
    register.push({ reference: "LAST", rows: [61], reachedLgsco: false, dateReceived: "2020-03-30" });
    register[0] = { ...register[0]!, rows: [2, 70] };
    const upheld = reconcile([harrow2019to20], countByYear(register)).find((row) => row.year === "2019-20" && row.measure === "Upheld");
    expect(upheld?.referencesToCheck).toEqual(["NODATE", "U1"]);
    expect(upheld?.notes).toEqual([
      "NODATE: LGSCO's decision (Upheld) has no decision date, so it is in no year's count.",
      "U1 is on rows 2, 70 of the register and was counted once; if they are different complaints, our count is short.",
    ]);
  });
  it("leaves Published and Difference empty where nothing was published, never 0", () => {
    const withoutRemedy: YearFigures = { ...harrow2019to20, satisfactoryRemedy: undefined };
    const row = reconcile([withoutRemedy], countByYear(harrowLikeRegister())).find((r) => r.year === "2019-20" && r.measure === "Satisfactory remedies");
    expect(row).toMatchObject({ ours: 2 });
    expect(row?.published).toBeUndefined();
    expect(row?.difference).toBeUndefined();
  });
  it("leaves a measure the register has no column for as not recorded: no count, no difference, no flag", () => {
    // The register without its remedy and compliance columns: those fields are simply never filled.
    const withoutColumns = harrowLikeRegister().map(({ satisfactoryRemedy: _remedy, remedyCompliedWith: _complied, ...rest }) => rest);
    const counts = countByYear(withoutColumns, ["Satisfactory remedies", "Compliance outcomes"]);
    const year = reconcile([harrow2019to20], counts).filter((row) => row.year === "2019-20");
    expect(year.map((row) => [row.measure, row.published, row.ours, row.difference])).toEqual([
      ["Detailed investigations", 33, 32, -1],
      ["Upheld", 24, 23, -1],
      ["Satisfactory remedies", 2, undefined, undefined],
      ["Compliance outcomes", 21, undefined, undefined],
    ]);
    expect(year[3]!.notes).toEqual([expect.stringMatching(/^Not recorded: the register has no column for compliance/)]);
    const flags = recordsMismatchFlags(reconcile([harrow2019to20], counts));
    expect(flags.map((flag) => flag.message)).not.toContainEqual(expect.stringMatching(/compliance outcome|satisfactory remed/));
    expect(flags).toHaveLength(2);
  });

  it("keeps to the years asked for and names the council given", () => {
    const rows = reconcile([harrow2019to20], countByYear(harrowLikeRegister()), { years: ["2019-20"], council: "Harrow" });
    expect(new Set(rows.map((row) => `${row.council} ${row.year}`))).toEqual(new Set(["Harrow 2019-20"]));
  });
});

describe("publishedFigure", () => {
  it("takes investigations from the overview and upheld from decisions where the key statistics are absent", () => {
    const figures: YearFigures = { authority: "X", year: "2024-25", overview: { investigated: 12 }, decisions: { upheld: 9 }, source: { kind: "statistics-page" } };
    expect(publishedFigure(figures, "Detailed investigations")).toEqual({ value: 12, path: "overview.investigated" });
    expect(publishedFigure(figures, "Upheld")).toEqual({ value: 9, path: "decisions.upheld" });
    expect(publishedFigure(figures, "Compliance outcomes")).toBeUndefined();
  });

  it("takes investigations from an older letter's decisions table, as the key statistics sheet does", () => {
    // Composed by us: a pre-2019-20 letter gives only its "Decisions made" table.
    const figures: YearFigures = { authority: "X", year: "2017-18", decisions: { detailedInvestigations: 33, upheld: 22, notUpheld: 11 }, source: { kind: "annual-letter" } };
    expect(publishedFigure(figures, "Detailed investigations")).toEqual({ value: 33, path: "decisions.detailedInvestigations" });
    expect(publishedFigure(figures, "Upheld")).toEqual({ value: 22, path: "decisions.upheld" });
  });
});
