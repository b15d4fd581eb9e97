// The Office renderer on the in-memory Excel host (issue 4's tests): round trips, the analyst's
// sheets untouched, Refresh in place, escaping, ownership through renames, request splitting.
import { describe, expect, it } from "vitest";
import { composedCouncil, composePlan, type ComposedCouncil } from "../../../test/support/compose-plan";
import { createExcelHost, type ExcelHost } from "../../../test/support/excel-host";
import type { WorkbookState } from "../rendering/existing-workbook";
import { renderPlanInExcel, type OfficeRenderOptions } from "./office-renderer";
import type { SheetPlan } from "../plan/plan";
import { RenderConflictError } from "../rendering/render-targets";

const HARROW = composedCouncil("E09000015", "London Borough of Harrow", 1, 2020);
const CROYDON = composedCouncil("E09000008", "London Borough of Croydon", 3, 2021);

/** Fetch my council: the councils already in the workbook plus this one. */
function fetchPlan(council: ComposedCouncil, known: readonly ComposedCouncil[] = [HARROW, CROYDON], seen: WorkbookState[] = []) {
  return (state: WorkbookState): SheetPlan => {
    seen.push(state);
    const others = state.councils.filter((gss) => gss !== council.gss).map((gss) => known.find((c) => c.gss === gss)!);
    return composePlan([council, ...others]);
  };
}

async function fetchInto(host: ExcelHost, planFor: (state: WorkbookState) => SheetPlan, options: OfficeRenderOptions = {}) {
  host.resetMeter();
  return renderPlanInExcel(host.run, planFor, options);
}

/** A workbook with the analyst's complaints register on it. */
async function analystWorkbook(): Promise<ExcelHost> {
  const host = createExcelHost({ sheets: ["Complaints", "Notes"] });
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Complaints");
    sheet.getRange("A1:C3").values = [
      ["Reference", "Received", "Upheld"],
      ["C-1", 44000, "yes"],
      ["C-2", 44010, "no"],
    ];
    sheet.getRange("B2:B3").numberFormat = [["dd/mm/yyyy"], ["dd/mm/yyyy"]];
    sheet.getRange("A1:C1").format.font.bold = true;
    sheet.getRange("A:A").format.columnWidth = 80;
    sheet.tables.add("A1:C3", true).name = "OwnComplaints";
    const rule = sheet.getRange("C2:C3").conditionalFormats.add("Custom");
    rule.custom.rule.formula = '=$C2="yes"';
    rule.custom.format.fill.color = "#00FF00";
    sheet.getRange("E1").values = [["=SUM(OmbudsmanKeyStats[Upheld %])"]];
    context.workbook.worksheets.getItem("Notes").getRange("A1").values = [["Scrutiny committee, June"]];
    context.workbook.worksheets.getItem("Complaints").activate();
  });
  return host;
}

describe("Fetch my council", () => {
  it("reads once and writes once, for one year and for every year", async () => {
    for (const council of [HARROW, composedCouncil("E09000015", "London Borough of Harrow", 7, 2019)]) {
      const host = await analystWorkbook();
      const report = await fetchInto(host, fetchPlan(council));
      expect(host.meter.syncs).toBeLessThanOrEqual(2);
      expect(host.meter.roundTrips).toBe(2);
      expect(report.requests).toBe(2);
      expect(host.meter.requests[1]!.calculationSuspended).toBe(true);
      expect(host.table("OmbudsmanKeyStats")?.address).toBe(`A7:P${7 + council.years.length}`);
    }
  });

  it("writes the plan's tables, number formats, highlights and chart beside the analyst's sheets", async () => {
    const host = await analystWorkbook();
    const report = await fetchInto(host, fetchPlan(HARROW));
    expect(host.sheetNames()).toEqual(["Complaints", "Ombudsman", "Ombudsman flags", "Ombudsman peers", "Ombudsman caseload", "Notes"]);
    expect(host.activeSheetName()).toBe("Ombudsman");
    expect(report.sheets.map((s) => [s.name, s.created])).toEqual([
      ["Ombudsman", true],
      ["Ombudsman flags", true],
      ["Ombudsman peers", true],
      ["Ombudsman caseload", true],
    ]);
    expect(host.values("Ombudsman", "A1:B2")).toEqual([
      ["Ombudsman Scrutiny: LGSCO key statistics", ""],
      ["Councils", "London Borough of Harrow"],
    ]);
    expect(host.cell("Ombudsman", "A1")?.bold).toBe(true);
    expect(host.table("OmbudsmanKeyStats")?.columns[4]).toBe("Upheld %");
    expect(host.values("Ombudsman", "A8:F8")).toEqual([["London Borough of Harrow", "2019-20", 30, 20, 0.66, 0.6]]);
    expect(host.cell("Ombudsman", "E8")?.numberFormat).toBe("0%");
    // Not published: an empty cell, never 0.
    expect(host.cell("Ombudsman", "G8")?.value).toBeUndefined();
    expect(host.cell("Ombudsman", "B8")).toMatchObject({ value: "2019-20", numberFormat: "@" });
    expect(host.conditionalFormats("Ombudsman")).toContainEqual({
      address: "J8",
      formula: '=ISNUMBER(SEARCH("; compliance-below-100;","; "&$O8&";"))',
      fillColor: "#FFC7CE",
      fontColor: "#9C0006",
    });
    expect(host.charts("Ombudsman")).toEqual([
      {
        name: "OmbudsmanScrutiny_Chart_1",
        type: "Line",
        title: "Complaints upheld",
        position: "R7:Y21",
        series: [
          { name: "Upheld %", values: "Ombudsman!E8", xValues: "Ombudsman!B8" },
          { name: "Similar upheld %", values: "Ombudsman!F8", xValues: "Ombudsman!B8" },
        ],
      },
    ]);
    expect(host.table("OmbudsmanFlags")).toMatchObject({ sheet: "Ombudsman flags", address: "A7:F8" });
  });

  it("leaves the analyst's sheets cell for cell as they were, through Fetch and Refresh", async () => {
    const host = await analystWorkbook();
    const before = ["Complaints", "Notes"].map((name) => ({ ...host.sheetState(name), position: 0 }));
    await fetchInto(host, fetchPlan(HARROW));
    await fetchInto(host, fetchPlan(CROYDON));
    await fetchInto(host, fetchPlan(HARROW));
    const after = ["Complaints", "Notes"].map((name) => ({ ...host.sheetState(name), position: 0 }));
    expect(after).toEqual(before);
    expect(host.table("OwnComplaints")).toMatchObject({ sheet: "Complaints", address: "A1:C3" });
  });

  it("writes a council name beginning with = as that text, never a formula, and no text cell with an apostrophe", async () => {
    const host = await analystWorkbook();
    const hostile = { ...composedCouncil("E07000001", "=HYPERLINK(\"http://x\",\"Click\")", 1), years: [{ year: "2019-20", sources: "+44 20 7946 0000" }] };
    await fetchInto(host, () => composePlan([hostile]));
    expect(host.cell("Ombudsman", "A8")).toMatchObject({ value: '=HYPERLINK("http://x","Click")', numberFormat: "@" });
    for (const sheet of host.sheetStates().filter((state) => state.name.startsWith("Ombudsman"))) {
      for (const [address, cell] of Object.entries(sheet.cells)) {
        expect(cell.formula, `${sheet.name}!${address}`).toBeUndefined();
        expect(cell.quotePrefix, `${sheet.name}!${address}`).toBeUndefined();
        if (typeof cell.value === "string") expect([cell.value.startsWith("'"), cell.numberFormat], `${sheet.name}!${address}`).toEqual([false, "@"]);
      }
    }
    expect(host.cell("Ombudsman", "A8")?.formula).toBeUndefined();
    expect(host.cell("Ombudsman", "P8")).toMatchObject({ value: "+44 20 7946 0000" });
    expect(host.cell("Ombudsman", "P8")?.formula).toBeUndefined();
    expect(host.cell("Ombudsman", "B2")?.value).toBe('=HYPERLINK("http://x","Click")');
  });

  it("puts its sheet beside a sheet of the analyst's already called Ombudsman, and says so", async () => {
    const host = createExcelHost({ sheets: ["Ombudsman"] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Ombudsman").getRange("A1").values = [["The analyst's own notes"]];
    });
    const before = host.sheetState("Ombudsman");
    const report = await fetchInto(host, fetchPlan(HARROW));
    expect(report.notes).toEqual(['A sheet called "Ombudsman" is not the add-in\'s, so these figures are on "Ombudsman (2)".']);
    expect(host.table("OmbudsmanKeyStats")?.sheet).toBe("Ombudsman (2)");
    expect(host.activeSheetName()).toBe("Ombudsman (2)");
    await fetchInto(host, fetchPlan(HARROW));
    expect(host.sheetNames()).toEqual(["Ombudsman", "Ombudsman (2)", "Ombudsman flags", "Ombudsman peers", "Ombudsman caseload"]);
    expect(host.sheetState("Ombudsman")).toEqual(before);
  });

  it("refuses, naming it, a table name the analyst already uses, before writing anything", async () => {
    const host = await analystWorkbook();
    await host.run(async (context) => {
      const notes = context.workbook.worksheets.getItem("Notes");
      notes.getRange("C1:D2").values = [["a", "b"], [1, 2]];
      notes.tables.add("C1:D2", true).name = "OmbudsmanFlags";
    });
    const before = host.sheetStates();
    const failure = fetchInto(host, fetchPlan(HARROW));
    await expect(failure).rejects.toBeInstanceOf(RenderConflictError);
    await expect(failure).rejects.toThrow('The workbook already has a table called "OmbudsmanFlags" (on the sheet "Notes")');
    expect(host.sheetStates()).toEqual(before);
    expect(host.meter.roundTrips).toBe(1);
  });

  it("refuses a table name held by a defined name of the analyst's", async () => {
    const host = await analystWorkbook();
    await host.run(async (context) => {
      context.workbook.names.add("OmbudsmanPeers", "=Notes!$A$1");
    });
    await expect(fetchInto(host, fetchPlan(HARROW))).rejects.toThrow('defined name "OmbudsmanPeers"');
    expect(host.sheetNames()).toEqual(["Complaints", "Notes"]);
  });
});

describe("Refresh", () => {
  it("gives the same workbook when run twice", async () => {
    const host = await analystWorkbook();
    await fetchInto(host, fetchPlan(HARROW));
    await fetchInto(host, fetchPlan(CROYDON));
    const once = { snapshot: host.snapshot(), sheets: host.sheetStates(), names: host.names() };
    await fetchInto(host, fetchPlan(CROYDON));
    expect({ snapshot: host.snapshot(), sheets: host.sheetStates(), names: host.names() }).toEqual(once);
    expect(host.meter.roundTrips).toBe(2);
  });

  it("keeps the analyst's formula on OmbudsmanKeyStats[Upheld %] pointing at the same table as it grows and shrinks", async () => {
    const host = await analystWorkbook();
    await fetchInto(host, fetchPlan(HARROW));
    const { id } = host.table("OmbudsmanKeyStats")!;
    await fetchInto(host, fetchPlan(CROYDON));
    expect(host.table("OmbudsmanKeyStats")).toMatchObject({ id, address: "A7:P11" });
    expect(host.cell("Complaints", "E1")?.formula).toBe("=SUM(OmbudsmanKeyStats[Upheld %])");
    expect(host.formulasReferringTo("OmbudsmanKeyStats")).toEqual(["=SUM(OmbudsmanKeyStats[Upheld %])"]);

    // Down to one council again (the analyst removed Croydon): the table shrinks in place.
    await fetchInto(host, () => composePlan([HARROW]));
    expect(host.table("OmbudsmanKeyStats")).toMatchObject({ id, address: "A7:P8" });
    expect(host.values("Ombudsman", "A9:P12").flat().every((value) => value === "")).toBe(true);
    expect(host.cell("Complaints", "E1")?.formula).toBe("=SUM(OmbudsmanKeyStats[Upheld %])");
  });

  it("shares the tables between two councils and tells the plan which councils are there", async () => {
    const host = await analystWorkbook();
    const seen: WorkbookState[] = [];
    await fetchInto(host, fetchPlan(HARROW, undefined, seen));
    await fetchInto(host, fetchPlan(CROYDON, undefined, seen));
    expect(seen.map((state) => state.councils)).toEqual([[], ["E09000015"]]);
    expect(seen[1]!.sheets).toMatchObject({ keyStats: "Ombudsman", flags: "Ombudsman flags" });
    const councils = host.values("Ombudsman", "A8:A11").map((row) => row[0]);
    expect(councils).toEqual(["London Borough of Croydon", "London Borough of Croydon", "London Borough of Croydon", "London Borough of Harrow"]);
    expect(host.tables().map((t) => t.name).sort()).toEqual(["OmbudsmanCaseload", "OmbudsmanFlags", "OmbudsmanKeyStats", "OmbudsmanPeers", "OwnComplaints"]);
    expect(host.names().filter((n) => n.name.includes("Council")).map((n) => n.name)).toEqual([
      "OmbudsmanScrutiny_Council_E09000008",
      "OmbudsmanScrutiny_Council_E09000015",
    ]);
  });

  it("keeps the highlights on the right cells, once each, after Refresh", async () => {
    const host = await analystWorkbook();
    await fetchInto(host, fetchPlan(HARROW));
    await fetchInto(host, fetchPlan(CROYDON));
    const formats = host.conditionalFormats("Ombudsman");
    expect(formats.map((f) => f.address).sort()).toEqual(["E8:E11", "J8:J11", "M8:M11"]);
    expect(formats.every((f) => f.formula.includes("$O8"))).toBe(true);
  });

  it("refreshes an owned sheet the analyst renamed, where it is, and corrects the marker", async () => {
    const host = await analystWorkbook();
    await fetchInto(host, fetchPlan(HARROW));
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Ombudsman").name = "LGSCO figures";
    });
    const report = await fetchInto(host, fetchPlan(CROYDON));
    expect(host.sheetNames()).not.toContain("Ombudsman");
    expect(host.table("OmbudsmanKeyStats")).toMatchObject({ sheet: "LGSCO figures", address: "A7:P11" });
    expect(report.notes).toEqual(['The add-in\'s sheet "Ombudsman" is now called "LGSCO figures": it was refreshed there.']);
    expect(host.names()).toContainEqual({ name: "OmbudsmanScrutiny_Sheet_keyStats", formula: "='LGSCO figures'!$A$1:$P$11" });
    expect(host.activeSheetName()).toBe("LGSCO figures");
  });

  it("recreates an owned sheet the analyst deleted, and corrects the marker", async () => {
    const host = await analystWorkbook();
    await fetchInto(host, fetchPlan(HARROW));
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Ombudsman flags").delete();
    });
    expect(host.names()).toContainEqual({ name: "OmbudsmanScrutiny_Sheet_flags", formula: "=#REF!" });
    const report = await fetchInto(host, fetchPlan(HARROW));
    expect(report.sheets.find((s) => s.key === "flags")).toEqual({ key: "flags", name: "Ombudsman flags", created: true });
    expect(host.table("OmbudsmanFlags")).toMatchObject({ sheet: "Ombudsman flags", address: "A7:F8" });
    expect(host.names()).toContainEqual({ name: "OmbudsmanScrutiny_Sheet_flags", formula: "='Ombudsman flags'!$A$1:$F$8" });
  });

  it("moves tables down, in place, when the header block grows, leaving nothing behind", async () => {
    const host = await analystWorkbook();
    await fetchInto(host, fetchPlan(CROYDON));
    const { id } = host.table("OmbudsmanKeyStats")!;
    await fetchInto(host, () => composePlan([CROYDON], { extraHeaderLines: 3 }));
    expect(host.table("OmbudsmanKeyStats")).toMatchObject({ id, address: "A10:P13" });
    expect(host.values("Ombudsman", "A6:B9")).toEqual([
      ["Extra", "Line 1"],
      ["Extra", "Line 2"],
      ["Extra", "Line 3"],
      ["", ""],
    ]);
    await fetchInto(host, () => composePlan([CROYDON]));
    expect(host.table("OmbudsmanKeyStats")).toMatchObject({ id, address: "A7:P10" });
    expect(host.snapshot().sheets["Ombudsman"]!.length).toBe(10);
    expect(host.cell("Complaints", "E1")?.formula).toBe("=SUM(OmbudsmanKeyStats[Upheld %])");
  });

  it("shows a hidden owned sheet again when it is the one to activate", async () => {
    const host = await analystWorkbook();
    await fetchInto(host, fetchPlan(HARROW));
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Complaints").activate();
      context.workbook.worksheets.getItem("Ombudsman").visibility = "Hidden";
    });
    await fetchInto(host, fetchPlan(HARROW));
    expect(host.activeSheetName()).toBe("Ombudsman");
  });
});

describe("request size", () => {
  it("splits a plan larger than 5 MB into requests under the limit", async () => {
    const host = await analystWorkbook();
    const long = "A source note that runs on. ".repeat(100);
    const council = composedCouncil("E09000015", "London Borough of Harrow", 1);
    const big: ComposedCouncil = { ...council, years: Array.from({ length: 2500 }, (_, i) => ({ ...council.years[0]!, year: `row ${i}`, sources: long })) };
    const plan = composePlan([big]);
    expect(JSON.stringify(plan.sheets[0]!.tables[0]!.rows).length).toBeGreaterThan(5 * 1024 * 1024);
    const report = await fetchInto(host, () => plan);
    expect(host.meter.requests.length).toBeGreaterThan(2);
    expect(report.requests).toBe(host.meter.roundTrips);
    for (const request of host.meter.requests) {
      expect(request.bytes).toBeLessThan(host.requestLimitBytes);
      expect(request.calculationSuspended || request === host.meter.requests[0]).toBe(true);
    }
    expect(host.table("OmbudsmanKeyStats")?.address).toBe("A7:P2507");
    expect(host.values("Ombudsman", "B2507:B2507")).toEqual([["row 2499"]]);
    expect(host.cell("Ombudsman", "P2507")?.value).toBe(long);
  });

  it("measures the request in UTF-8 bytes: text of three-byte characters under 5 MB in characters is still split", async () => {
    const host = await analystWorkbook();
    const dashes = "–".repeat(1000);
    const council = composedCouncil("E09000015", "London Borough of Harrow", 1);
    const big: ComposedCouncil = { ...council, years: Array.from({ length: 2000 }, (_, i) => ({ ...council.years[0]!, year: `row ${i}`, sources: dashes })) };
    const plan = composePlan([big]);
    const rows = JSON.stringify(plan.sheets[0]!.tables[0]!.rows);
    expect(rows.length).toBeLessThan(4_000_000);
    expect(new TextEncoder().encode(rows).byteLength).toBeGreaterThan(5 * 1024 * 1024);
    await fetchInto(host, () => plan);
    for (const request of host.meter.requests) expect(request.bytes).toBeLessThan(host.requestLimitBytes);
    expect(host.cell("Ombudsman", "P2007")?.value).toBe(dashes);
  });

  it("splits by a smaller budget too, with the same result as one request", async () => {
    const plan = composePlan([composedCouncil("E09000015", "London Borough of Harrow", 7), composedCouncil("E09000008", "London Borough of Croydon", 7)]);
    const whole = await analystWorkbook();
    await fetchInto(whole, () => plan);
    const split = await analystWorkbook();
    await fetchInto(split, () => plan, { requestBudgetBytes: 3000 });
    expect(split.meter.roundTrips).toBeGreaterThan(3);
    expect(split.sheetStates()).toEqual(whole.sheetStates());
    expect(split.names()).toEqual(whole.names());
  });
});

describe("Sheets that print (issue 13)", () => {
  it("sets every add-in sheet landscape, one page wide and any number tall, titles repeated, in the same two syncs", async () => {
    const host = await analystWorkbook();
    const report = await fetchInto(host, fetchPlan(HARROW));
    expect(host.meter.syncs).toBeLessThanOrEqual(2);
    for (const { name } of report.sheets) {
      const sheet = host.model.sheetByName(name)!;
      expect(sheet.pageLayout.orientation, name).toBe("Landscape");
      expect(sheet.pageLayout.zoom, name).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
      expect(sheet.pageLayout.printTitleRows, name).toMatch(/^\$1:\$\d+$/);
    }
    // The analyst's own sheet keeps Excel's defaults.
    expect(host.model.sheetByName("Complaints")!.pageLayout).toEqual({ orientation: "Portrait", zoom: { scale: 100 } });
  });
});
