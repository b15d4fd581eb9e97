// A defined name that looks like the add-in's ownership marker but points at the analyst's own
// sheet (copied from another workbook, or typed) never gets that sheet cleared and rewritten:
// the add-in owns a sheet only where its own tables are (ownership-marker.ts ownedSheet). Both
// renderers, on the same workbook.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { composedCouncil, composePlan } from "../../../test/support/compose-plan";
import { hostFromXlsx } from "../../../test/support/excel-host/load-xlsx";
import { renderPlanInExcel } from "../office/office-renderer";
import { renderPlanToXlsx } from "../xlsx/xlsx-renderer";
import { councilMarkerName, sheetMarkerName, tableMarkerName } from "./ownership-marker";

const HARROW = composedCouncil("E09000015", "London Borough of Harrow", 2, 2020);
const BUDGET = [
  ["Item", "Amount"],
  ["Staff", 1200],
  ["Travel", 300],
];

/** The analyst's "Budget" sheet, with names that look like the marker pointing at it. */
function analystWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Budget");
  BUDGET.forEach((row, r) => row.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = value)));
  workbook.definedNames.add("Budget!$A$1:$P$20", sheetMarkerName("keyStats"));
  workbook.definedNames.add("Budget!$A$7:$P$9", tableMarkerName("OmbudsmanKeyStats"));
  workbook.definedNames.add("Budget!$A$1", councilMarkerName("E09000008"));
  return workbook;
}

describe("a marker look-alike on the analyst's sheet", () => {
  it("the .xlsx renderer (cli fetch) leaves the sheet as it was and writes its own", async () => {
    const start = new Uint8Array((await analystWorkbook().xlsx.writeBuffer()) as ArrayBuffer);
    const { bytes, report } = await renderPlanToXlsx(composePlan([HARROW]), start);
    expect(report.sheets.find((sheet) => sheet.key === "keyStats")).toEqual({ key: "keyStats", name: "Ombudsman", created: true });
    const written = new ExcelJS.Workbook();
    await written.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const budget = written.getWorksheet("Budget")!;
    expect(budget.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1))).toEqual(BUDGET);
    expect(budget.actualRowCount).toBe(3);
    expect((budget as unknown as { tables: Record<string, unknown> }).tables).toEqual({});
    const marks = written.definedNames.model.filter((name) => name.name.startsWith("OmbudsmanScrutiny_"));
    // Every mark now points at the add-in's own sheets.
    expect(marks.every((name) => name.ranges.every((range) => !range.startsWith("Budget!")))).toBe(true);
  });

  it("the Office renderer (the pane, the ribbon) leaves the sheet as it was and writes its own", async () => {
    const host = await hostFromXlsx(analystWorkbook());
    const before = host.sheetState("Budget");
    await renderPlanInExcel(host.run, () => composePlan([HARROW]));
    expect(host.sheetState("Budget")).toEqual(before);
    expect(host.table("OmbudsmanKeyStats")).toMatchObject({ sheet: "Ombudsman" });
  });
});
