// The .xlsx renderer, read back with exceljs: the plan's values, formats, highlights and marker;
// Refresh of a file it wrote, with the analyst's sheets untouched; refusals that leave no file.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { composedCouncil, composePlan } from "../../../test/support/compose-plan";
import type { WorkbookState } from "../rendering/existing-workbook";
import { RenderConflictError } from "../rendering/render-targets";
import { councilsInXlsx, renderPlanToXlsx, xlsxWorkbookWriter } from "./xlsx-renderer";

const HARROW = composedCouncil("E09000015", "London Borough of Harrow", 1, 2020);
const CROYDON = composedCouncil("E09000008", "London Borough of Croydon", 3, 2021);

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

async function save(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

type TableEntry = { table?: { name: string; tableRef?: string; headerRow?: boolean; columns: { name: string }[] } };

function tablesOf(workbook: ExcelJS.Workbook): Record<string, { sheet: string; ref: string | undefined; headerRow: boolean | undefined; columns: string[] }> {
  const out: Record<string, { sheet: string; ref: string | undefined; headerRow: boolean | undefined; columns: string[] }> = {};
  for (const sheet of workbook.worksheets) {
    for (const entry of Object.values((sheet as unknown as { tables: Record<string, TableEntry> }).tables)) {
      const model = entry.table!;
      out[model.name] = { sheet: sheet.name, ref: model.tableRef, headerRow: model.headerRow, columns: model.columns.map((c) => c.name) };
    }
  }
  return out;
}

/** Every cell's value and style of a sheet, for before/after comparisons. */
function sheetContent(sheet: ExcelJS.Worksheet) {
  const cells: Record<string, unknown> = {};
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells[cell.address] = { value: cell.value, numFmt: cell.numFmt, font: cell.font, fill: cell.fill };
    }),
  );
  return { name: sheet.name, cells, widths: sheet.columns?.map((c) => c.width), formats: (sheet as unknown as { conditionalFormattings: unknown }).conditionalFormattings };
}

/** A workbook of the analyst's: a complaints register with a table and a formula on the add-in's table. */
async function analystFile(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Complaints");
  sheet.addTable({ name: "OwnComplaints", ref: "A1", headerRow: true, columns: [{ name: "Reference" }, { name: "Received" }], rows: [["C-1", 44000], ["C-2", 44010]] });
  sheet.getCell("B2").numFmt = "dd/mm/yyyy";
  sheet.getCell("A1").font = { bold: true };
  sheet.getColumn(1).width = 20;
  sheet.getCell("E1").value = { formula: "SUM(OmbudsmanKeyStats[Upheld %])" };
  workbook.addWorksheet("Notes").getCell("A1").value = "=this is the analyst's text";
  return save(workbook);
}

const planFor = (...councils: typeof HARROW[]) => (state: WorkbookState) => {
  const known = [HARROW, CROYDON];
  const all = [...councils, ...state.councils.filter((gss) => !councils.some((c) => c.gss === gss)).map((gss) => known.find((c) => c.gss === gss)!)];
  return composePlan(all);
};

describe("a new workbook", () => {
  it("holds the plan's tables, values, number formats and highlights, and no chart", async () => {
    const { bytes, report } = await renderPlanToXlsx(composePlan([HARROW]));
    const workbook = await open(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Ombudsman", "Ombudsman flags", "Ombudsman peers", "Ombudsman caseload"]);
    expect(report.sheets.every((s) => s.created)).toBe(true);
    expect(tablesOf(workbook)["OmbudsmanKeyStats"]).toMatchObject({ sheet: "Ombudsman", ref: "A7:P8", headerRow: true });
    expect(tablesOf(workbook)["OmbudsmanKeyStats"]!.columns[5]).toBe("Similar upheld %");
    const sheet = workbook.getWorksheet("Ombudsman")!;
    expect([1, 2, 3, 4, 5, 6].map((c) => sheet.getRow(8).getCell(c).value)).toEqual(["London Borough of Harrow", "2019-20", 30, 20, 0.66, 0.6]);
    expect(sheet.getCell("E8").numFmt).toBe("0%");
    expect(sheet.getCell("G8").value).toBeNull();
    expect(sheet.getColumn(16).width).toBe(60);
    const formats = (sheet as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[] }[] }).conditionalFormattings;
    expect(formats.find((f) => f.ref === "J8")?.rules[0]).toMatchObject({
      formulae: ['ISNUMBER(SEARCH("; compliance-below-100;","; "&$O8&";"))'],
      style: { fill: { bgColor: { argb: "FFFFC7CE" } } },
    });
    const note = String(sheet.getCell("B5").value);
    expect(note).toContain('The chart "Complaints upheld" is drawn only in Excel');
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).some((path) => path.startsWith("xl/charts/"))).toBe(false);
    expect(workbook.definedNames.model.map((n) => n.name).sort()).toContain("OmbudsmanScrutiny_Council_E09000015");
  });

  it("writes a name beginning with = as text", async () => {
    const hostile = { ...HARROW, name: '=HYPERLINK("http://x","Click")' };
    const workbook = await open((await renderPlanToXlsx(composePlan([hostile]))).bytes);
    const cell = workbook.getWorksheet("Ombudsman")!.getCell("A8");
    expect(cell.value).toBe('=HYPERLINK("http://x","Click")');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    // The one text rule: Text format, no apostrophe, in the header block as in the tables.
    expect(cell.numFmt).toBe("@");
    const councilsLine = workbook.getWorksheet("Ombudsman")!.getCell("B2");
    expect(String(councilsLine.value).startsWith("=HYPERLINK")).toBe(true);
    expect(councilsLine.numFmt).toBe("@");
  });
});

describe("refreshing a workbook", () => {
  it("adds a council to the tables it wrote, leaving the analyst's sheets as they were", async () => {
    const start = await analystFile();
    const first = await renderPlanToXlsx(planFor(HARROW), start);
    expect(await councilsInXlsx(first.bytes)).toEqual(["E09000015"]);
    const second = await renderPlanToXlsx(planFor(CROYDON), first.bytes);
    expect(await councilsInXlsx(second.bytes)).toEqual(["E09000008", "E09000015"]);

    const before = await open(start);
    const after = await open(second.bytes);
    expect(after.worksheets.map((s) => s.name)).toEqual(["Complaints", "Ombudsman", "Ombudsman flags", "Ombudsman peers", "Ombudsman caseload", "Notes"]);
    for (const name of ["Complaints", "Notes"]) expect(sheetContent(after.getWorksheet(name)!)).toEqual(sheetContent(before.getWorksheet(name)!));
    expect(tablesOf(after)["OwnComplaints"]).toEqual(tablesOf(before)["OwnComplaints"]);
    expect(tablesOf(after)["OmbudsmanKeyStats"]?.ref).toBe("A7:P11");
    const councils = [8, 9, 10, 11].map((r) => after.getWorksheet("Ombudsman")!.getRow(r).getCell(1).value);
    expect(councils).toEqual(["London Borough of Croydon", "London Borough of Croydon", "London Borough of Croydon", "London Borough of Harrow"]);
    expect(after.getWorksheet("Complaints")!.getCell("E1").value).toEqual({ formula: "SUM(OmbudsmanKeyStats[Upheld %])" });
  });

  it("gives the same workbook when run twice, and clears what a smaller plan no longer covers", async () => {
    const once = await renderPlanToXlsx(planFor(CROYDON), (await renderPlanToXlsx(planFor(HARROW), await analystFile())).bytes);
    const twice = await renderPlanToXlsx(planFor(CROYDON), once.bytes);
    const [a, b] = [await open(once.bytes), await open(twice.bytes)];
    expect(b.worksheets.map(sheetContent)).toEqual(a.worksheets.map(sheetContent));
    expect(tablesOf(b)).toEqual(tablesOf(a));
    expect(b.definedNames.model).toEqual(a.definedNames.model);

    const smaller = await open((await renderPlanToXlsx(() => composePlan([HARROW]), twice.bytes)).bytes);
    expect(tablesOf(smaller)["OmbudsmanKeyStats"]?.ref).toBe("A7:P8");
    const sheet = smaller.getWorksheet("Ombudsman")!;
    expect([9, 10, 11].flatMap((r) => [1, 5, 16].map((c) => sheet.getRow(r).getCell(c).value))).toEqual(Array(9).fill(null));
    const formats = (sheet as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings.map((f) => f.ref).sort();
    expect(formats).toEqual(["E8", "J8", "M8"]);
  });

  it("refreshes its sheet under the name the analyst gave it", async () => {
    const written = await open((await renderPlanToXlsx(planFor(HARROW), await analystFile())).bytes);
    // What Excel does on a rename: the sheet and every name referring to it follow.
    written.getWorksheet("Ombudsman")!.name = "LGSCO figures";
    written.definedNames.model = written.definedNames.model.map((n) => ({ ...n, ranges: n.ranges.map((r) => r.replace(/^Ombudsman!/, "'LGSCO figures'!")) }));
    const { bytes, report } = await renderPlanToXlsx(planFor(CROYDON), await save(written));
    const after = await open(bytes);
    expect(after.worksheets.map((s) => s.name)).not.toContain("Ombudsman");
    expect(tablesOf(after)["OmbudsmanKeyStats"]).toMatchObject({ sheet: "LGSCO figures", ref: "A7:P11" });
    expect(report.notes).toEqual(['The add-in\'s sheet "Ombudsman" is now called "LGSCO figures": it was refreshed there.']);
  });

  it("uses Ombudsman (2) beside the analyst's own Ombudsman sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Ombudsman").getCell("A1").value = "My notes";
    const { bytes, report } = await renderPlanToXlsx(composePlan([HARROW]), await save(workbook));
    const after = await open(bytes);
    expect(after.getWorksheet("Ombudsman")!.getCell("A1").value).toBe("My notes");
    expect(tablesOf(after)["OmbudsmanKeyStats"]?.sheet).toBe("Ombudsman (2)");
    expect(report.notes[0]).toContain('"Ombudsman (2)"');
  });

  it("refuses a table name the analyst uses, naming it", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Mine").addTable({ name: "OmbudsmanPeers", ref: "A1", columns: [{ name: "A" }], rows: [[1]] });
    await expect(renderPlanToXlsx(composePlan([HARROW]), await save(workbook))).rejects.toThrow(
      'The workbook already has a table called "OmbudsmanPeers" (on the sheet "Mine")',
    );
  });

  it("refuses a workbook holding a chart, which exceljs would drop", async () => {
    const zip = await JSZip.loadAsync(await analystFile());
    zip.file("xl/charts/chart1.xml", "<c:chartSpace/>");
    const withChart = await zip.generateAsync({ type: "uint8array" });
    const failure = renderPlanToXlsx(composePlan([HARROW]), withChart);
    await expect(failure).rejects.toBeInstanceOf(RenderConflictError);
    await expect(failure).rejects.toThrow("The workbook holds charts, which the .xlsx writer cannot keep");
  });

  it("keeps the header row of the analyst's table that Excel saved with the default header setting", async () => {
    const zip = await JSZip.loadAsync(await analystFile());
    const path = Object.keys(zip.files).find((p) => /^xl\/tables\/.*\.xml$/.test(p))!;
    const xml = await zip.file(path)!.async("string");
    // Excel leaves out headerRowCount when the table has its (default) header row.
    zip.file(path, xml.replace(/\sheaderRowCount="1"/, ""));
    const savedByExcel = await zip.generateAsync({ type: "uint8array" });
    const { bytes } = await renderPlanToXlsx(composePlan([HARROW]), savedByExcel);
    const out = await JSZip.loadAsync(bytes);
    const tables = await Promise.all(Object.keys(out.files).filter((p) => /^xl\/tables\/.*\.xml$/.test(p)).map((p) => out.file(p)!.async("string")));
    const own = tables.find((t) => t.includes('name="OwnComplaints"'))!;
    expect(own).toContain('headerRowCount="1"');
    expect(own).toContain('ref="A1:B3"');
  });

  it("has the shape cli fetch takes, building the plan for the councils the file holds", async () => {
    const first = await xlsxWorkbookWriter.write(undefined, planFor(HARROW));
    expect(first.notes).toEqual([]);
    const seen: string[][] = [];
    const second = await xlsxWorkbookWriter.write(first.bytes, (state) => {
      seen.push(state.councils);
      return planFor(CROYDON)(state);
    });
    expect(seen).toEqual([["E09000015"]]);
    expect(await councilsInXlsx(second.bytes)).toEqual(["E09000008", "E09000015"]);
  });
});
