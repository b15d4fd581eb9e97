import { beforeAll, describe, expect, it } from "vitest";
import { resolveFlagSettings } from "../../domain/flag-settings";
import type { SimilarAverages, YearFigures } from "../../domain/types";
import { loadDataset, type Dataset } from "../../sources/dataset/dataset";
import {
  BARNET,
  BARNET_2023_24,
  CROYDON,
  CROYDON_2020_21,
  CROYDON_2022_23,
  CROYDON_2023_24,
  CROYDON_2024_25,
  HARROW,
  HARROW_2019_20,
  HARROW_LETTER,
  HAVERING,
  LEEDS,
  SOUTH_HAMS,
  SOUTH_HAMS_2021_22,
  TOWER_HAMLETS,
  TOWER_HAMLETS_2022_23,
  TOWER_HAMLETS_2023_24,
} from "../../../test/fixtures/published-figures";
import type { PlanSheet, PlanTable, SheetPlan } from "./plan";
import { PlanRequestError, councilsWithWorkbook, planForCouncils, type CouncilPlanRequest } from "./plan-for-councils";

const register = [HARROW, CROYDON, BARNET, TOWER_HAMLETS, HAVERING, SOUTH_HAMS, LEEDS];
const held: YearFigures[] = [
  HARROW_2019_20,
  CROYDON_2020_21,
  CROYDON_2022_23,
  CROYDON_2023_24,
  CROYDON_2024_25,
  BARNET_2023_24,
  TOWER_HAMLETS_2022_23,
  TOWER_HAMLETS_2023_24,
  SOUTH_HAMS_2021_22,
];
const CROYDON_PAGE = "https://www.lgo.org.uk/your-councils-performance/london-borough-of-croydon/statistics";

const plan = (request: Partial<CouncilPlanRequest> = {}): SheetPlan =>
  planForCouncils({ councils: [HARROW], held, similarAverages: () => undefined, register, asOf: "2025-07-01", ...request });

function sheet(result: SheetPlan, key: PlanSheet["key"]): PlanSheet {
  const found = result.sheets.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no ${key} sheet`);
  return found;
}
function table(result: SheetPlan, key: PlanSheet["key"]): PlanTable {
  return sheet(result, key).tables[0]!;
}
/** A row as { column name: value } so assertions read like the workbook. */
function rowsByColumn(result: SheetPlan, key: PlanSheet["key"]): Record<string, unknown>[] {
  const t = table(result, key);
  return t.rows.map((row) => Object.fromEntries(t.columns.map((column, i) => [column.name, row[i]])));
}
function formatsByColumn(result: SheetPlan, key: PlanSheet["key"], rowIndex: number): Record<string, string> {
  const t = table(result, key);
  return Object.fromEntries(t.columns.map((column, i) => [column.name, t.numberFormats[rowIndex]![i]!]));
}

describe("the sheet plan follows the workbook contract (docs/design.md §5)", () => {
  it("has the four sheets and tables, with exactly the contract's columns, and shows the key statistics", () => {
    const result = plan();
    expect(result.sheets.map((s) => [s.key, s.name, s.tables.map((t) => t.name)])).toEqual([
      ["keyStats", "Ombudsman", ["OmbudsmanKeyStats"]],
      ["flags", "Ombudsman flags", ["OmbudsmanFlags"]],
      ["peers", "Ombudsman peers", ["OmbudsmanPeers"]],
      ["caseload", "Ombudsman caseload", ["OmbudsmanCaseload"]],
    ]);
    expect(result.activate).toBe("keyStats");
    expect(result.councils).toEqual(["E09000015"]);
    expect(result.asOf).toBe("2025-07-01");
    const columns = (key: PlanSheet["key"]) => table(result, key).columns.map((c) => c.name);
    expect(columns("keyStats")).toEqual([
      "Council", "Year", "Investigations", "Upheld", "Upheld %", "Similar upheld %", "Upheld per 100k", "Similar per 100k",
      "Compliance outcomes", "Compliance %", "Similar compliance %", "Satisfactory remedies", "Satisfactory remedy %",
      "Similar remedy %", "Flags", "Sources",
    ]);
    expect(columns("flags")).toEqual(["Council", "Year", "Severity", "Flag", "Detail", "Evidence"]);
    expect(columns("peers")).toEqual(["Council", "Year", "Upheld %", "Upheld per 100k", "Compliance %", "Satisfactory remedy %", "Rank", "Of"]);
    expect(columns("caseload")).toEqual(["Council", "Year", "Measure", "Value", "Source"]);
    for (const s of result.sheets) {
      for (const t of s.tables) {
        expect(t.numberFormats.length).toBe(t.rows.length);
        for (const [i, row] of t.rows.entries()) {
          expect(row.length).toBe(t.columns.length);
          expect(t.numberFormats[i]!.length).toBe(t.columns.length);
        }
      }
    }
  });

  it("Harrow 2019-20 (annual letter): 33, 24, 73%, 70%, 21, 100%, 99%, 2, 8%, 15%, the two watch flags and the letter as source", () => {
    const result = plan();
    expect(rowsByColumn(result, "keyStats")).toEqual([
      {
        Council: "London Borough of Harrow",
        Year: "2019-20",
        Investigations: 33,
        Upheld: 24,
        "Upheld %": 0.73,
        "Similar upheld %": 0.7,
        "Upheld per 100k": null,
        "Similar per 100k": null,
        "Compliance outcomes": 21,
        "Compliance %": 1,
        "Similar compliance %": 0.99,
        "Satisfactory remedies": 2,
        "Satisfactory remedy %": 0.08,
        "Similar remedy %": 0.15,
        Flags: "upheld-above-average; remedy-below-average",
        Sources: HARROW_LETTER.title,
      },
    ]);
    expect(formatsByColumn(result, "keyStats", 0)).toMatchObject({
      Council: "@",
      Year: "@",
      Investigations: "0",
      "Upheld %": "0%",
      "Upheld per 100k": "0.0",
      "Compliance %": "0%",
      Flags: "@",
      Sources: "@",
    });
  });

  it("OmbudsmanFlags explains each of Harrow's flags, one row per flag", () => {
    const rows = rowsByColumn(plan(), "flags");
    expect(rows.map((row) => [row.Council, row.Year, row.Severity, row.Flag])).toEqual([
      ["London Borough of Harrow", "2019-20", "watch", "upheld-above-average"],
      ["London Borough of Harrow", "2019-20", "watch", "remedy-below-average"],
    ]);
    expect(rows[0]!.Detail).toMatch(/^Upheld 73% \(24 of 33 investigations\) is 3 points above the similar-authority average of 70%/);
    expect(rows[1]!.Detail).toMatch(/^Satisfactory remedy 8% \(2 of 24 upheld decisions\) is 7 points below/);
    expect(rows[0]!.Evidence).toContain(HARROW_LETTER.title);
  });

  it("colours the flagged key statistics: scrutinise red on Compliance %, watch amber on Upheld %, remedy and per-100k", () => {
    const highlights = table(plan(), "keyStats").highlights;
    expect(highlights).toContainEqual({ column: "Compliance %", flagsColumn: "Flags", flagId: "compliance-below-100", severity: "scrutinise" });
    expect(highlights).toContainEqual({ column: "Upheld %", flagsColumn: "Flags", flagId: "upheld-above-average", severity: "watch" });
    expect(highlights).toContainEqual({ column: "Satisfactory remedy %", flagsColumn: "Flags", flagId: "remedy-below-average", severity: "watch" });
    expect(highlights).toContainEqual({ column: "Upheld per 100k", flagsColumn: "Flags", flagId: "per100k-above-average", severity: "watch" });
    expect(highlights.map((h) => h.flagId)).not.toContain("low-base");
  });

  it("has a header block of fixed shape naming the councils, their type, the sources and the as-of date", () => {
    for (const s of plan().sheets) {
      expect(s.header).toHaveLength(5);
      expect(s.header[1]).toEqual(["Councils", "London Borough of Harrow (London Borough)"]);
      expect(s.header[3]).toEqual(["As of", "2025-07-01"]);
      expect(s.header[4]![0]).toBe("Note");
    }
    expect(sheet(plan(), "keyStats").header[2]).toEqual(["Sources", HARROW_LETTER.title]);
  });

  it("charts Upheld % and Similar upheld % by year over the charted council's rows", () => {
    expect(sheet(plan(), "keyStats").charts).toEqual([
      {
        title: "Complaints upheld: London Borough of Harrow against similar authorities",
        table: "OmbudsmanKeyStats",
        categoryColumn: "Year",
        seriesColumns: ["Upheld %", "Similar upheld %"],
        firstRow: 0,
        lastRow: 0,
      },
    ]);
  });
});

describe("several councils and years", () => {
  const twoCouncils = () => plan({ councils: [HARROW, CROYDON] });

  it("sorts rows by council then year, so each council's years are contiguous, and charts the council fetched first", () => {
    const result = twoCouncils();
    expect(rowsByColumn(result, "keyStats").map((row) => [row.Council, row.Year])).toEqual([
      ["London Borough of Croydon", "2020-21"],
      ["London Borough of Croydon", "2022-23"],
      ["London Borough of Croydon", "2023-24"],
      ["London Borough of Croydon", "2024-25"],
      ["London Borough of Harrow", "2019-20"],
    ]);
    expect(sheet(result, "keyStats").charts[0]).toMatchObject({ firstRow: 4, lastRow: 4 });
    expect(sheet(plan({ councils: [HARROW, CROYDON], chartCouncil: CROYDON.gss }), "keyStats").charts[0]).toMatchObject({ firstRow: 0, lastRow: 3 });
    expect(result.councils).toEqual([HARROW.gss, CROYDON.gss]);
  });

  it("Croydon 2023-24 flags compliance below 100% (98% of 45 outcomes) and colours it", () => {
    const rows = rowsByColumn(plan({ councils: [CROYDON] }), "keyStats");
    const row = rows.find((r) => r.Year === "2023-24")!;
    expect(row).toMatchObject({ Investigations: 48, Upheld: 43, "Upheld %": 0.9, "Compliance outcomes": 45, "Compliance %": 0.98, "Upheld per 100k": 11 });
    expect(row.Flags).toBe("compliance-below-100; upheld-above-average; remedy-below-average; per100k-above-average");
    expect(row.Sources).toBe(CROYDON_PAGE);
  });

  it("leaves unpublished figures empty, never 0 (Croydon 2024-25: no compliance or remedy block; per-100k average not printed)", () => {
    const row = rowsByColumn(plan({ councils: [CROYDON] }), "keyStats").find((r) => r.Year === "2024-25")!;
    expect(row).toMatchObject({
      Investigations: 36,
      Upheld: 32,
      "Upheld %": 0.89,
      "Upheld per 100k": 8,
      "Similar per 100k": null,
      "Compliance outcomes": null,
      "Compliance %": null,
      "Satisfactory remedy %": null,
    });
  });

  it("a year held only for its caseload still has a key-statistics row, empty but for its source, and caseload rows", () => {
    const result = plan({ councils: [CROYDON] });
    const row = rowsByColumn(result, "keyStats").find((r) => r.Year === "2020-21")!;
    expect(Object.entries(row).filter(([, value]) => value !== null).map(([column]) => column)).toEqual(["Council", "Year", "Sources"]);
    expect(row.Sources).toContain("selondoner.co.uk");
    expect(rowsByColumn(result, "caseload").filter((r) => r.Year === "2020-21")).toEqual([
      { Council: "London Borough of Croydon", Year: "2020-21", Measure: "Complaints received", Value: 143, Source: CROYDON_2020_21.source.url },
      { Council: "London Borough of Croydon", Year: "2020-21", Measure: "Received: Adult care services", Value: 25, Source: CROYDON_2020_21.source.url },
      { Council: "London Borough of Croydon", Year: "2020-21", Measure: "Received: Education and children's services", Value: 23, Source: CROYDON_2020_21.source.url },
      { Council: "London Borough of Croydon", Year: "2020-21", Measure: "Received: Housing", Value: 23, Source: CROYDON_2020_21.source.url },
    ]);
  });

  it("writes the 2024-25 complaint overview to the caseload table", () => {
    const rows = rowsByColumn(plan({ councils: [CROYDON] }), "caseload").filter((r) => r.Year === "2024-25");
    expect(rows.map((r) => [r.Measure, r.Value])).toEqual([
      ["Complaints dealt with", 218],
      ["Not for us or not ready for us to investigate", 113],
      ["Assessed and closed", 69],
      ["Investigated", 36],
    ]);
    expect(rows.every((r) => r.Source === CROYDON_PAGE)).toBe(true);
  });

  it("keeps only the years asked for, but a trend still looks at the year before the range", () => {
    const result = plan({ councils: [TOWER_HAMLETS], years: { from: "2023-24", to: "2024-25" } });
    const rows = rowsByColumn(result, "keyStats");
    expect(rows.map((r) => r.Year)).toEqual(["2023-24"]);
    expect(String(rows[0]!.Flags)).toContain("upheld-rising");
    expect(rowsByColumn(result, "flags").every((r) => r.Year === "2023-24")).toBe(true);
  });

  it("applies the analyst's flag settings", () => {
    const rows = rowsByColumn(plan({ settings: resolveFlagSettings({ aboveAverageMargin: 5, belowAverageMargin: 10 }) }), "keyStats");
    expect(rows[0]!.Flags).toBeNull();
  });
});

describe("peers", () => {
  const rankFrom = (peerRankMinimum: number): Partial<CouncilPlanRequest> => ({ settings: resolveFlagSettings({ peerRankMinimum }) });

  it("ranks the London Boroughs held for 2023-24 on Upheld %, fewest first, of how many were held, once enough are held", () => {
    const rows = rowsByColumn(plan({ councils: [CROYDON], years: { from: "2023-24", to: "2023-24" }, ...rankFrom(3) }), "peers");
    expect(rows).toEqual([
      { Council: "London Borough of Barnet", Year: "2023-24", "Upheld %": 0.81, "Upheld per 100k": 5.7, "Compliance %": 1, "Satisfactory remedy %": 0.09, Rank: 1, Of: 3 },
      { Council: "London Borough of Tower Hamlets", Year: "2023-24", "Upheld %": 0.87, "Upheld per 100k": 10.4, "Compliance %": 0.96, "Satisfactory remedy %": 0.06, Rank: 2, Of: 3 },
      { Council: "London Borough of Croydon", Year: "2023-24", "Upheld %": 0.9, "Upheld per 100k": 11, "Compliance %": 0.98, "Satisfactory remedy %": 0.02, Rank: 3, Of: 3 },
    ]);
  });

  it("compares only with councils of the same type, year by year, and says the ranking is among those held", () => {
    const result = plan({ councils: [CROYDON], ...rankFrom(1) });
    const rows = rowsByColumn(result, "peers");
    expect(new Set(rows.map((r) => r.Year))).toEqual(new Set(["2022-23", "2023-24", "2024-25"]));
    expect(rows.map((r) => r.Council)).not.toContain("South Hams District Council");
    expect(rows.filter((r) => r.Year === "2022-23").map((r) => [r.Council, r.Rank, r.Of])).toEqual([
      ["London Borough of Tower Hamlets", 1, 2],
      ["London Borough of Croydon", 2, 2],
    ]);
    expect(String(sheet(result, "peers").header[4]![1])).toContain("Of says how many");
  });

  it("by default ranks no one among fewer than 10, and says how many are held of the type and what would complete them", () => {
    const result = plan({ councils: [CROYDON], years: { from: "2023-24", to: "2023-24" } });
    const rows = rowsByColumn(result, "peers");
    expect(rows.map((r) => r.Council)).toEqual(["London Borough of Barnet", "London Borough of Croydon", "London Borough of Tower Hamlets"]);
    expect(rows.every((r) => r.Rank === null && r.Of === null)).toBe(true);
    const note = String(sheet(result, "peers").header[4]![1]);
    // The test's register holds five London boroughs (Harrow, Croydon, Barnet, Tower Hamlets, Havering).
    expect(note).toContain("given only among at least 10 councils holding it");
    expect(note).toContain("2023-24 London Borough: Upheld % held for 3 of 5");
    expect(note).toContain("--data-file");
  });

  it("shows the analyst's own peer set, every member with figures where held, ranking among those with figures when the set is complete", () => {
    const incomplete = plan({ councils: [CROYDON], years: { from: "2023-24", to: "2023-24" }, peerSets: { [CROYDON.gss]: [BARNET.gss, HAVERING.gss] } });
    const rows = rowsByColumn(incomplete, "peers");
    expect(rows.map((r) => [r.Council, r["Upheld %"], r.Rank, r.Of])).toEqual([
      ["London Borough of Barnet", 0.81, null, null],
      ["London Borough of Croydon", 0.9, null, null],
      ["London Borough of Havering", null, null, null],
    ]);
    expect(String(sheet(incomplete, "peers").header[4]![1])).toContain("2023-24 the peer set of London Borough of Croydon: Upheld % held for 2 of 3");

    const complete = plan({ councils: [CROYDON], years: { from: "2023-24", to: "2023-24" }, peerSets: { [CROYDON.gss]: [BARNET.gss, TOWER_HAMLETS.gss] } });
    expect(rowsByColumn(complete, "peers").map((r) => [r.Council, r.Rank, r.Of])).toEqual([
      ["London Borough of Barnet", 1, 3],
      ["London Borough of Tower Hamlets", 2, 3],
      ["London Borough of Croydon", 3, 3],
    ]);
    expect(String(sheet(complete, "peers").header[4]![1])).not.toContain("Not ranked");
  });
});

describe("requests the plan cannot be made from", () => {
  it("an empty year range", () => {
    expect(() => plan({ years: { from: "2024-25", to: "2019-20" } })).toThrow(PlanRequestError);
    expect(() => plan({ years: { from: "2024-25", to: "2019-20" } })).toThrow(/empty/);
  });

  it("a council with no figures held in the range, saying which years are held", () => {
    try {
      plan({ years: { from: "2022-23", to: "2024-25" } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PlanRequestError);
      const problem = error as PlanRequestError;
      expect(problem.problem).toBe("no-figures");
      expect(problem.message).toBe("No published figures are held for London Borough of Harrow in 2022-23 to 2024-25.");
      expect(problem.heldYears).toEqual({ "London Borough of Harrow": ["2019-20"] });
    }
    expect(() => plan({ councils: [HAVERING] })).toThrow(/No published figures are held for London Borough of Havering in any year/);
  });

  it("no council at all", () => {
    expect(() => plan({ councils: [] })).toThrow(PlanRequestError);
  });

  it("two records of one council and year (the sources must merge them first)", () => {
    expect(() => plan({ held: [...held, { ...HARROW_2019_20 }] })).toThrow(/merge them first/);
  });
});

describe("councils already in the workbook", () => {
  it("Fetch puts the chosen council first, keeps the others once each, and drops codes the register does not hold", () => {
    expect(councilsWithWorkbook([CROYDON], [HARROW.gss, CROYDON.gss, "E09999999"], register).map((c) => c.gss)).toEqual([CROYDON.gss, HARROW.gss]);
    expect(councilsWithWorkbook([], [HARROW.gss, BARNET.gss], register).map((c) => c.gss)).toEqual([HARROW.gss, BARNET.gss]);
  });
});

describe("a range for one council", () => {
  it("narrows that council's years only: the councils already in the workbook keep theirs", () => {
    const result = plan({ councils: [CROYDON, HARROW], yearsByCouncil: { [CROYDON.gss]: { from: "2023-24", to: "2023-24" } } });
    expect(rowsByColumn(result, "keyStats").map((row) => [row.Council, row.Year])).toEqual([
      ["London Borough of Croydon", "2023-24"],
      ["London Borough of Harrow", "2019-20"],
    ]);
  });

  it("refuses an empty one", () => {
    expect(() => plan({ yearsByCouncil: { [HARROW.gss]: { from: "2024-25", to: "2019-20" } } })).toThrow(/empty/);
  });
});

describe("the average published for the council's type, where its own document printed none", () => {
  const CORNWALL = "E06000052";
  const BATH = "E06000022";
  let dataset: Dataset;
  beforeAll(async () => {
    dataset = await loadDataset();
  });
  const datasetPlan = (gss: readonly string[], similarAverages: CouncilPlanRequest["similarAverages"] = (type, year) => dataset.similarAverages(type, year)) =>
    planForCouncils({
      councils: gss.map((code) => dataset.register.get(code)!),
      held: gss.flatMap((code) => dataset.figuresFor(code)),
      similarAverages,
      register: dataset.register.all(),
      asOf: dataset.asOf,
      years: { from: "2024-25", to: "2024-25" },
    });

  it("Cornwall 2024-25: 8.5 per 100k beside the unitary councils' 5.3, with that average's source, and flagged", () => {
    const unitary = dataset.similarAverages("Unitary Council", "2024-25")!;
    const averageSource = unitary.sources.upheldPer100k!.url!;
    expect(unitary.upheldPer100k).toBe(5.3);
    const result = datasetPlan([CORNWALL]);
    const [row] = rowsByColumn(result, "keyStats");
    expect(row).toMatchObject({ Council: "Cornwall Council", Year: "2024-25", "Upheld per 100k": 8.5, "Similar per 100k": 5.3 });
    expect(String(row!.Flags).split("; ")).toContain("per100k-above-average");
    // Every distinct source of the row's figures: Cornwall's page, then the report the average was published in.
    expect(row!.Sources).toBe(`https://www.lgo.org.uk/your-councils-performance/cornwall-council/statistics; ${averageSource}`);
    expect(sheet(result, "keyStats").header[2]![1]).toContain(averageSource);
    const flag = rowsByColumn(result, "flags").find((candidate) => candidate.Flag === "per100k-above-average")!;
    expect(flag).toMatchObject({ Council: "Cornwall Council", Year: "2024-25", Severity: "watch" });
    expect(flag.Detail).toMatch(/^Upheld decisions per 100,000 residents 8\.5 \(49 upheld decisions\) is above the average of 5\.3 for authorities of this type/);
    expect(flag.Evidence).toContain(`Similar per 100k = 5.3 (source: ${averageSource})`);
  });

  it("without the type's averages the same row has no per-100k average and no per-100k flag (the request carries them)", () => {
    const [row] = rowsByColumn(datasetPlan([CORNWALL], () => undefined), "keyStats");
    expect(row!["Similar per 100k"]).toBeNull();
    expect(String(row!.Flags)).not.toContain("per100k-above-average");
    expect(row!.Sources).toBe("https://www.lgo.org.uk/your-councils-performance/cornwall-council/statistics");
  });

  it("makes no average for a figure the record does not hold (Bath and North East Somerset 2024-25 holds only its remedy figures)", () => {
    const unitary = dataset.similarAverages("Unitary Council", "2024-25")!;
    expect(unitary.upheld).toBeDefined();
    expect(unitary.upheldPer100k).toBeDefined();
    const [row] = rowsByColumn(datasetPlan([BATH]), "keyStats");
    expect(row).toMatchObject({ Council: "Bath and North East Somerset Council", "Upheld %": null, "Similar upheld %": null, "Upheld per 100k": null, "Similar per 100k": null });
    expect(row!["Satisfactory remedy %"]).toBe(0);
    expect(row!.Sources).not.toContain(unitary.sources.upheld!.url!);
    expect(row!.Sources).not.toContain(unitary.sources.upheldPer100k!.url!);
  });

  it("keeps the average the council's own page printed, even where the type's differs", () => {
    // Composed for this test: averages unlike those LGSCO published for London boroughs in 2023-24.
    const composed: SimilarAverages = {
      type: "London Borough",
      year: "2023-24",
      upheld: 50,
      upheldPer100k: 1,
      compliance: 50,
      satisfactoryRemedy: 50,
      sources: Object.fromEntries((["upheld", "upheldPer100k", "compliance", "satisfactoryRemedy"] as const).map((measure) => [measure, { kind: "press", title: "composed for this test" }])),
    };
    const result = plan({ councils: [CROYDON], years: { from: "2023-24", to: "2023-24" }, similarAverages: (type, year) => (type === "London Borough" && year === "2023-24" ? composed : undefined) });
    const [row] = rowsByColumn(result, "keyStats");
    expect(row).toMatchObject({ "Similar upheld %": 0.85, "Similar per 100k": 8.2, "Similar compliance %": 0.99, "Similar remedy %": 0.12, Sources: CROYDON_PAGE });
  });
});
