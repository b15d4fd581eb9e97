// Reading the council's register in Excel (on the in-memory host) and setting it beside the
// published figures: the composed Harrow register (test/fixtures/registers/, invented references
// and dates, not a council's records) on the analyst's own sheet, Harrow's 2019-20 figures from
// the real annual letter in the embedded dataset.
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { loadDataset, type Dataset } from "../../sources/dataset/dataset";
import type { Cell } from "../../sources/tables/cells";
import { readTableFile } from "../../sources/tables/read-table-file";
import { createExcelHost, type ExcelHost } from "../../../test/support/excel-host";
import { writeRegisterSheet } from "../../../test/support/register-in-host";
import { renderPlanInExcel } from "../office/office-renderer";
import { PaneProblem } from "./pane-api";
import { councilsWithWorkbook, planForCouncils } from "../plan/plan-for-councils";
import { REGISTER_LINK_KEY, type RegisterLink } from "./register-link";
import { createRegisterWorkbook, ownRecordsAddition, type RegisterWorkbook } from "./register-workbook";

const HARROW = "E09000015";
const REGISTER_SHEET = "Complaints 2019-20";

let harrowRegister: Cell[][];
let dataset: Dataset;

async function composedHarrowRegister(): Promise<Cell[][]> {
  const bytes = readFileSync(new URL("../../../test/fixtures/registers/composed-register-harrow-2019-20.xlsx", import.meta.url));
  const sheets = await readTableFile(bytes, "composed-register-harrow-2019-20.xlsx");
  return sheets.find((sheet) => sheet.name === REGISTER_SHEET)!.cells.map((row) => [...row]);
}

async function select(host: ExcelHost, sheet: string, address: string): Promise<void> {
  await host.run(async (context) => {
    const target = context.workbook.worksheets.getItem(sheet);
    target.activate();
    target.getRange(address).select();
    await context.sync();
  });
  host.resetMeter();
}

let host: ExcelHost;
let registerWorkbook: RegisterWorkbook;
beforeEach(async () => {
  harrowRegister ??= await composedHarrowRegister();
  dataset ??= await loadDataset();
  host = createExcelHost({ sheets: ["Notes"] });
  await writeRegisterSheet(host, REGISTER_SHEET, harrowRegister);
  registerWorkbook = createRegisterWorkbook({ run: host.run, settings: host.settings });
});

/** Fetch my council for Harrow with the linked register, as the pane does it. */
async function fetchHarrowWithRegister(): Promise<void> {
  const linked = await registerWorkbook.readLinked();
  const harrow = dataset.register.get(HARROW)!;
  const held = dataset.register.all().flatMap((authority) => dataset.figuresFor(authority.gss));
  const add = linked ? ownRecordsAddition(linked) : (request: Parameters<ReturnType<typeof ownRecordsAddition>>[0]) => request;
  await renderPlanInExcel(host.run, (state) =>
    planForCouncils(add({ councils: councilsWithWorkbook([harrow], state.councils, dataset.register.all()), held, similarAverages: (type, year) => dataset.similarAverages(type, year), register: dataset.register.all(), asOf: dataset.asOf })),
  );
}

describe("picking the register in the workbook", () => {
  it("reads the selected header row's columns down to the last row, and finds every column", async () => {
    await select(host, REGISTER_SHEET, "A4:K4");
    const pick = await registerWorkbook.pickSelection();
    expect(pick.place).toEqual({ kind: "range", sheet: REGISTER_SHEET, address: "A4:K4" });
    expect(pick.where).toBe(`the sheet "${REGISTER_SHEET}", A4:K86`);
    expect(pick.cells).toHaveLength(83);
    expect(pick.detection.mapping?.headerRow).toBe(1);
    expect(pick.detection.missing).toEqual([]);
    expect(Object.keys(pick.detection.mapping!.columns)).toHaveLength(11);
    // Dates come as Excel stores them: serial numbers.
    expect(typeof pick.cells[1]![1]).toBe("number");
    const check = registerWorkbook.check(pick, pick.detection.mapping!);
    expect(check).toMatchObject({ complaints: 82, problems: [] });
    expect(check.investigationsByYear).toEqual([
      { year: "2019-20", count: 32 },
      { year: "2020-21", count: 1 },
    ]);
  });

  it("takes the whole sheet for a single cell, title rows and all, and finds the header row below them", async () => {
    await select(host, REGISTER_SHEET, "C10");
    const pick = await registerWorkbook.pickSelection();
    expect(pick.place).toEqual({ kind: "range", sheet: REGISTER_SHEET, address: "A1:K1" });
    expect(pick.detection.mapping?.headerRow).toBe(4);
  });

  it("reads a table chosen from the list, and leaves the add-in's tables out of the list", async () => {
    await host.run(async (context) => {
      context.workbook.worksheets.getItem(REGISTER_SHEET).tables.add("A4:K86", true).name = "HarrowComplaints";
      await context.sync();
    });
    await fetchHarrowWithRegister();
    const tables = await registerWorkbook.tables();
    expect(tables).toEqual([{ name: "HarrowComplaints", sheet: REGISTER_SHEET, address: "A4:K86" }]);
    const pick = await registerWorkbook.pickTable("HarrowComplaints");
    expect(pick.where).toBe(`the table "HarrowComplaints" (${REGISTER_SHEET}!A4:K86)`);
    expect(pick.detection.mapping?.headerRow).toBe(1);
    expect(registerWorkbook.check(pick, pick.detection.mapping!).complaints).toBe(82);
  });

  it("names a missing required column plainly", async () => {
    await select(host, REGISTER_SHEET, "A4:F4");
    const pick = await registerWorkbook.pickSelection();
    expect(pick.detection.missing).toEqual(["lgscoDecision", "lgscoDecisionDate"]);
    expect(pick.detection.message).toContain("The register has no column for LGSCO decision");
    expect(() => registerWorkbook.check(pick, pick.detection.mapping!)).toThrow(PaneProblem);
    expect(() => registerWorkbook.check(pick, pick.detection.mapping!)).toThrow(/no column for LGSCO decision .*LGSCO decision date/);
    // Linking it is refused the same way, and nothing is kept in the workbook's settings.
    await expect(registerWorkbook.link(pick, pick.detection.mapping!, { gss: HARROW, name: "London Borough of Harrow" })).rejects.toMatchObject({
      title: "The register was not linked",
      whatHappened: expect.stringMatching(/no column for LGSCO decision .*LGSCO decision date/),
    });
    expect(host.settings.savedValues()[REGISTER_LINK_KEY]).toBeUndefined();
  });

  it("refuses the add-in's own sheets, an empty selection and a table that is not there, saying what to do", async () => {
    await fetchHarrowWithRegister();
    await select(host, "Ombudsman", "A7:P7");
    await expect(registerWorkbook.pickSelection()).rejects.toMatchObject({ whatHappened: expect.stringContaining('The sheet "Ombudsman" is one the add-in writes'), whatToDo: expect.stringContaining("header row") });
    await select(host, "Notes", "A1");
    await expect(registerWorkbook.pickSelection()).rejects.toMatchObject({ whatHappened: 'The sheet "Notes" is empty. The workbook is as it was.' });
    await select(host, REGISTER_SHEET, "A200:K200");
    await expect(registerWorkbook.pickSelection()).rejects.toMatchObject({ whatHappened: expect.stringContaining("are empty, and so is everything below them") });
    await expect(registerWorkbook.pickTable("Gone")).rejects.toMatchObject({ whatHappened: expect.stringContaining('no table called "Gone"') });
  });
});

describe("the link in the workbook's settings", () => {
  it("is saved with the document, read back, and removed", async () => {
    expect(registerWorkbook.savedLink()).toEqual({});
    await select(host, REGISTER_SHEET, "A4:K4");
    const pick = await registerWorkbook.pickSelection();
    const link: RegisterLink = await registerWorkbook.link(pick, pick.detection.mapping!, { gss: HARROW, name: "London Borough of Harrow" });
    expect(link).toEqual({ council: HARROW, councilName: "London Borough of Harrow", place: pick.place, mapping: pick.detection.mapping });
    expect(host.settings.savedValues()[REGISTER_LINK_KEY]).toBeDefined();
    expect(createRegisterWorkbook({ run: host.run, settings: host.settings }).savedLink()).toEqual({ link });
    await registerWorkbook.unlink();
    expect(host.settings.savedValues()[REGISTER_LINK_KEY]).toBeUndefined();
    expect(await registerWorkbook.readLinked()).toBeUndefined();
  });

  it("says when a saved link cannot be used", () => {
    host.settings.set(REGISTER_LINK_KEY, { council: HARROW, place: "Sheet1" });
    expect(registerWorkbook.savedLink().problem).toMatch(/could not be read; link the register again/);
  });
});

describe("Fetch my council with the register linked", () => {
  async function link(address = "A4:K4"): Promise<void> {
    await select(host, REGISTER_SHEET, address);
    const pick = await registerWorkbook.pickSelection();
    await registerWorkbook.link(pick, pick.detection.mapping!, { gss: HARROW, name: "London Borough of Harrow" });
    host.resetMeter();
  }

  it("reads the register and writes the reconciliation within 3 syncs: −1 and −1 and records-mismatch flags on the sheet", async () => {
    await link();
    const registerBefore = host.sheetState(REGISTER_SHEET);

    await fetchHarrowWithRegister();
    expect(host.meter.syncs).toBeLessThanOrEqual(3);

    const rows = host.values("Ombudsman vs records", "A7:J20");
    expect(rows[0]).toEqual(["Council", "Year", "Measure", "Published", "Our records", "Difference", "References to check", "Flag", "Notes", "Source"]);
    const year = rows.filter((row) => row[1] === "2019-20");
    expect(year.map((row) => row.slice(2, 8))).toEqual([
      ["Detailed investigations", 33, 32, -1, "HAR-0033", "records-mismatch"],
      ["Upheld", 24, 23, -1, "HAR-0033", "records-mismatch"],
      ["Satisfactory remedies", 2, 2, 0, "", ""],
      ["Compliance outcomes", 21, 21, 0, "", ""],
    ]);
    expect(host.table("OmbudsmanReconciliation")?.sheet).toBe("Ombudsman vs records");
    expect(host.table("OmbudsmanEscalation")?.sheet).toBe("Ombudsman vs records");
    // The Difference cells turn amber where the row is flagged.
    expect(host.conditionalFormats("Ombudsman vs records").map((format) => format.formula)).toEqual([expect.stringContaining("records-mismatch")]);

    const keyStats = host.values("Ombudsman", "A7:P8");
    expect(keyStats[1]![14]).toBe("upheld-above-average; remedy-below-average; records-mismatch");
    const flags = host.values("Ombudsman flags", "A7:F12").filter((row) => row[3] === "records-mismatch");
    expect(flags).toHaveLength(2);

    // The register's sheet, cell for cell (values, formats, widths, tables), as it was.
    expect(host.sheetState(REGISTER_SHEET)).toEqual(registerBefore);
  });

  it("reads the linked register in one sync, and picks up complaints added below it", async () => {
    await link();
    expect((await registerWorkbook.readLinked())?.records.complaints).toHaveLength(82);
    expect(host.meter.syncs).toBe(1);

    // The analyst adds a complaint that LGSCO upheld in 2019-20.
    await writeRegisterSheet(host, REGISTER_SHEET, [["HAR-9001", new Date("2019-05-01T00:00:00Z"), "Housing", "Stage 2", "Upheld", "19 999 999", "Upheld", new Date("2019-12-02T00:00:00Z")]], { row: 86, column: 0 });
    const linked = await registerWorkbook.readLinked();
    expect(linked?.records.complaints).toHaveLength(83);
    await fetchHarrowWithRegister();
    const upheld = host.values("Ombudsman vs records", "A7:J20").find((row) => row[1] === "2019-20" && row[2] === "Upheld");
    expect(upheld?.slice(3, 6)).toEqual([24, 24, 0]);
  });

  it("refreshes both tables in place when the register grows by a year, keeping formulas that refer to them", async () => {
    await link();
    await fetchHarrowWithRegister();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").getRange("A1:B1").formulas = [["=ROWS(OmbudsmanReconciliation[Measure])", "=SUM(OmbudsmanEscalation[Stage 1])"]];
      await context.sync();
    });
    const before = { reconciliation: host.table("OmbudsmanReconciliation")!, escalation: host.table("OmbudsmanEscalation")! };

    // A complaint received in 2017 and decided (not upheld) in 2018-19: the register now reaches 2017-18.
    await writeRegisterSheet(host, REGISTER_SHEET, [["HAR-0000", new Date("2017-11-01T00:00:00Z"), "Adults", "Stage 2", "Not upheld", "17 000 001", "Not upheld", new Date("2018-06-01T00:00:00Z")]], { row: 86, column: 0 });
    await fetchHarrowWithRegister();
    const after = { reconciliation: host.table("OmbudsmanReconciliation")!, escalation: host.table("OmbudsmanEscalation")! };
    expect(after.reconciliation.id).toBe(before.reconciliation.id);
    expect(after.escalation.id).toBe(before.escalation.id);
    expect(before.reconciliation.address).toBe("A7:J19");
    expect(after.reconciliation.address).toBe("A7:J23");
    expect(after.escalation.address).toBe("A25:I28");
    // Rows stay where they are: 2018-19's rows keep theirs, the new year's go after the last row.
    expect(host.values("Ombudsman vs records", "B8:B8")).toEqual([["2018-19"]]);
    expect(host.values("Ombudsman vs records", "B20:B23")).toEqual([["2017-18"], ["2017-18"], ["2017-18"], ["2017-18"]]);
    expect(host.formulasReferringTo("OmbudsmanReconciliation")).toEqual(["=ROWS(OmbudsmanReconciliation[Measure])"]);
    expect(host.formulasReferringTo("OmbudsmanEscalation")).toEqual(["=SUM(OmbudsmanEscalation[Stage 1])"]);
  });

  it("stops before writing when the linked register is gone, saying what to do", async () => {
    await link();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem(REGISTER_SHEET).name = "Old complaints";
      await context.sync();
    });
    await expect(registerWorkbook.readLinked()).rejects.toMatchObject({
      title: "Your linked register could not be read",
      whatHappened: `The workbook has no sheet called "${REGISTER_SHEET}" any more (it may have been renamed or removed). The workbook is as it was.`,
      whatToDo: "Link the register again (its table, or its header row), or unlink it.",
    });
  });

  it("stops when a mapped column is no longer under its header", async () => {
    await link();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem(REGISTER_SHEET).getRange("H4").values = [["Notes"]];
      await context.sync();
    });
    await expect(registerWorkbook.readLinked()).rejects.toMatchObject({ whatHappened: expect.stringContaining('The column "Date of LGSCO decision" (LGSCO decision date) is no longer in the header row') });
  });
});
