// The `Ombudsman vs records` sheet in the plan, from a register composed here (invented
// references and dates, not a council's records) set beside Harrow's published 2019-20 figures
// (the real annual letter): 23 upheld of 32 investigations against the published 24 of 33.
import { describe, expect, it } from "vitest";
import { CROYDON, CROYDON_2022_23, HARROW, HARROW_2019_20, HARROW_LETTER } from "../../../test/fixtures/published-figures";
import type { OwnComplaint } from "../../domain/own-records";
import type { YearFigures } from "../../domain/types";
import type { PlanSheet, PlanTable, SheetPlan } from "./plan";
import { planForCouncils, type CouncilPlanRequest } from "./plan-for-councils";
import type { OwnRecords } from "./plan-input";
import { DIFFERENCE_FORMAT, ESCALATION_TABLE, RECONCILIATION_TABLE, RECORDS_SHEET } from "./records-sheet";

const register = [HARROW, CROYDON];
const held: YearFigures[] = [HARROW_2019_20, CROYDON_2022_23];

const DAY_MS = 86_400_000;
const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Composed: 23 upheld (2 remedied by the council, 21 with compliance recorded) and 9 not upheld in 2019-20, 8 internal only. */
function composedHarrowComplaints(): OwnComplaint[] {
  const complaints: OwnComplaint[] = [];
  let n = 0;
  const next = (fields: Partial<OwnComplaint>): void => {
    n++;
    complaints.push({ reference: `T-${String(n).padStart(3, "0")}`, rows: [n + 1], reachedLgsco: false, ...fields });
  };
  for (let i = 0; i < 23; i++) {
    const decided = plusDays("2019-05-01", i * 12);
    next({
      dateReceived: plusDays("2019-04-02", i),
      stage: 2,
      reachedLgsco: true,
      lgscoDecision: "upheld",
      lgscoDecisionDate: decided,
      satisfactoryRemedy: i < 2,
      ...(i < 21 ? { remedyCompliedWith: true, complianceDate: plusDays(decided, 7) } : {}),
    });
  }
  for (let j = 0; j < 9; j++) {
    next({ dateReceived: plusDays("2019-04-10", j), stage: 2, reachedLgsco: true, lgscoDecision: "not-upheld", lgscoDecisionDate: plusDays("2019-06-01", j * 20) });
  }
  for (let k = 0; k < 8; k++) next({ dateReceived: plusDays("2019-09-01", k * 25), stage: k < 2 ? 2 : 1 });
  // The register's last entry: a complaint received on 28 March 2020, so the register covers the whole year.
  next({ dateReceived: "2020-03-28", stage: 1 });
  return complaints;
}

const harrowRecords = (complaints = composedHarrowComplaints()): OwnRecords => ({ complaints, source: 'composed test register, sheet "Log"', problemCount: 0 });

const plan = (request: Partial<CouncilPlanRequest> = {}): SheetPlan =>
  planForCouncils({ councils: [HARROW], held, similarAverages: () => undefined, register, asOf: "2025-07-01", ownRecords: { [HARROW.gss]: harrowRecords() }, ...request });

function sheet(result: SheetPlan, key: PlanSheet["key"]): PlanSheet {
  const found = result.sheets.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no ${key} sheet`);
  return found;
}
function rowsOf(table: PlanTable): Record<string, unknown>[] {
  return table.rows.map((row) => Object.fromEntries(table.columns.map((column, i) => [column.name, row[i]])));
}
const tableNamed = (result: SheetPlan, name: string): PlanTable => sheet(result, "reconciliation").tables.find((t) => t.name === name)!;

describe("the Ombudsman vs records sheet", () => {
  it("sets ours beside the published figures: −1 investigation, −1 upheld, the others agreeing", () => {
    const result = plan();
    const records = sheet(result, "reconciliation");
    expect(records.name).toBe(RECORDS_SHEET);
    expect(records.tables.map((t) => t.name)).toEqual([RECONCILIATION_TABLE, ESCALATION_TABLE]);
    const rows = rowsOf(tableNamed(result, RECONCILIATION_TABLE)).filter((row) => row.Year === "2019-20");
    expect(rows.map((row) => [row.Measure, row.Published, row["Our records"], row.Difference, row.Flag])).toEqual([
      ["Detailed investigations", 33, 32, -1, "records-mismatch"],
      ["Upheld", 24, 23, -1, "records-mismatch"],
      ["Satisfactory remedies", 2, 2, 0, null],
      ["Compliance outcomes", 21, 21, 0, null],
    ]);
    expect(rows.every((row) => row.Council === "London Borough of Harrow" && row.Source === HARROW_LETTER.title)).toBe(true);
  });

  it("writes counts as whole numbers and the difference signed", () => {
    const table = tableNamed(plan(), RECONCILIATION_TABLE);
    const formats = Object.fromEntries(table.columns.map((column, i) => [column.name, table.numberFormats[0]![i]]));
    expect(formats).toMatchObject({ Council: "@", Published: "0", "Our records": "0", Difference: DIFFERENCE_FORMAT, "References to check": "@" });
    expect(table.highlights).toEqual([{ column: "Difference", flagsColumn: "Flag", flagId: "records-mismatch", severity: "watch" }]);
  });

  it("joins the records-mismatch flags to the key statistics and the flags sheet", () => {
    const result = plan();
    const keyStats = rowsOf(sheet(result, "keyStats").tables[0]!);
    expect(keyStats.find((row) => row.Year === "2019-20")?.Flags).toBe("upheld-above-average; remedy-below-average; records-mismatch");
    const flags = rowsOf(sheet(result, "flags").tables[0]!).filter((row) => row.Flag === "records-mismatch");
    expect(flags.map((row) => [row.Year, row.Severity, row.Detail])).toEqual([
      ["2019-20", "watch", "Our records show 32 detailed investigations in 2019-20; LGSCO published 33: 1 fewer in our records."],
      ["2019-20", "watch", "Our records show 23 upheld decisions in 2019-20; LGSCO published 24: 1 fewer in our records."],
    ]);
    // The flags sheet keeps docs/design.md §3 order: records-mismatch last.
    const ids = rowsOf(sheet(result, "flags").tables[0]!).map((row) => row.Flag);
    expect(ids.slice(-2)).toEqual(["records-mismatch", "records-mismatch"]);
  });

  it("follows each year's complaints from stage 1 to LGSCO, rates as fractions of their base", () => {
    const rows = rowsOf(tableNamed(plan(), ESCALATION_TABLE));
    // Received in 2019-20: 23 + 9 that went to LGSCO (all at stage 2, all investigated), 9 internal (2 at stage 2).
    expect(rows).toEqual([
      {
        Council: "London Borough of Harrow",
        Year: "2019-20",
        "Stage 1": 41,
        "Stage 2": 34,
        "Stage 2 %": Number((34 / 41).toPrecision(12)),
        "Reached LGSCO": 32,
        "Reached LGSCO %": Number((32 / 41).toPrecision(12)),
        Investigated: 32,
        "Investigated %": 1,
      },
    ]);
  });

  it("shows a year the register covers in part without flagging it, and an unpublished figure as an empty cell", () => {
    const complaints = composedHarrowComplaints();
    // One upheld decision from March 2019: the register now reaches into 2018-19, for which nothing of Harrow's is held.
    complaints.push({ reference: "T-OLD", rows: [99], reachedLgsco: true, dateReceived: "2018-12-01", lgscoDecision: "upheld", lgscoDecisionDate: "2019-03-20" });
    const result = plan({ ownRecords: { [HARROW.gss]: harrowRecords(complaints) } });
    const earlier = rowsOf(tableNamed(result, RECONCILIATION_TABLE)).filter((row) => row.Year === "2018-19");
    expect(earlier.map((row) => [row.Measure, row.Published, row["Our records"], row.Difference, row.Flag])).toEqual([
      ["Detailed investigations", null, 1, null, null],
      ["Upheld", null, 1, null, null],
      ["Satisfactory remedies", null, 0, null, null],
      ["Compliance outcomes", null, 0, null, null],
    ]);
    expect(String(earlier[0]!.Notes)).toContain("covers only part of 2018-19");
    // T-OLD was decided 12 days before 1 April 2019: a reference to check for 2019-20's gap.
    const upheld = rowsOf(tableNamed(result, RECONCILIATION_TABLE)).find((row) => row.Year === "2019-20" && row.Measure === "Upheld");
    expect(upheld?.["References to check"]).toBe("T-OLD");
  });

  it("keeps to the years asked for", () => {
    const complaints = composedHarrowComplaints();
    complaints.push({ reference: "T-OLD", rows: [99], reachedLgsco: true, dateReceived: "2018-12-01", lgscoDecision: "upheld", lgscoDecisionDate: "2019-03-20" });
    const result = plan({ years: { from: "2019-20", to: "2019-20" }, ownRecords: { [HARROW.gss]: harrowRecords(complaints) } });
    expect(new Set(rowsOf(tableNamed(result, RECONCILIATION_TABLE)).map((row) => row.Year))).toEqual(new Set(["2019-20"]));
    expect(rowsOf(tableNamed(result, ESCALATION_TABLE)).map((row) => row.Year)).toEqual(["2019-20"]);
  });

  it("names the register and the published source in the header block", () => {
    const header = sheet(plan(), "reconciliation").header;
    expect(header[1]).toEqual(["Councils", "London Borough of Harrow (London Borough)"]);
    expect(header[2]).toEqual(["Sources", `${HARROW_LETTER.title}; our register: composed test register, sheet "Log"`]);
  });

  it("adds no sheet without a register, and gives the register only to its own council", () => {
    const without = plan({ ownRecords: {} });
    expect(without.sheets.map((s) => s.key)).toEqual(["keyStats", "flags", "peers", "caseload"]);
    expect(without.sheets.find((s) => s.key === "flags")!.tables[0]!.rows.some((row) => row[3] === "records-mismatch")).toBe(false);

    const both = plan({ councils: [HARROW, CROYDON] });
    const councils = new Set(rowsOf(tableNamed(both, RECONCILIATION_TABLE)).map((row) => row.Council));
    expect(councils).toEqual(new Set(["London Borough of Harrow"]));
    const elsewhere = plan({ councils: [CROYDON], ownRecords: { [HARROW.gss]: harrowRecords() } });
    expect(elsewhere.sheets.some((s) => s.key === "reconciliation")).toBe(false);
  });
});
