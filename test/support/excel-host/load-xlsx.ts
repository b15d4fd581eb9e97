// Opens an exceljs workbook in the in-memory host, as Excel opens a file: sheets in order, cell
// values and number formats, tables and defined names. Lets a test check that a workbook the
// .xlsx renderer wrote refreshes in Excel like one made there.
import type ExcelJS from "exceljs";
import { ExcelHost } from "./index";

type LoadedTable = { table?: { name: string; tableRef?: string } };

function plainValue(value: ExcelJS.CellValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "object" && "formula" in value) return `=${String(value.formula)}`;
  throw new Error(`The host does not load cells holding ${JSON.stringify(value)}.`);
}

export async function hostFromXlsx(workbook: ExcelJS.Workbook): Promise<ExcelHost> {
  const host = new ExcelHost({ sheets: workbook.worksheets.map((sheet) => sheet.name) });
  await host.run(async (context) => {
    for (const sheet of workbook.worksheets) {
      const target = context.workbook.worksheets.getItem(sheet.name);
      sheet.eachRow({ includeEmpty: false }, (row, r) =>
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          const range = target.getCell(r - 1, c - 1);
          if (cell.numFmt && cell.numFmt !== "General") range.numberFormat = [[cell.numFmt]];
          const value = plainValue(cell.value);
          // Text stays text (a file cannot hold a formula by accident): a Text-format cell keeps it
          // as typed; elsewhere an apostrophe makes it text (the host keeps one typed under "@").
          const asText = typeof value === "string" && !(typeof cell.value === "object") && cell.numFmt !== "@";
          if (value !== null) range.values = [[asText ? `'${value}` : value]];
        }),
      );
      for (const entry of Object.values((sheet as unknown as { tables: Record<string, LoadedTable> }).tables)) {
        if (!entry.table?.tableRef) continue;
        target.tables.add(entry.table.tableRef, true).name = entry.table.name;
      }
    }
    for (const name of workbook.definedNames.model) context.workbook.names.add(name.name, `=${name.ranges.join(",")}`);
    const active = workbook.worksheets[workbook.views?.[0]?.activeTab ?? 0];
    if (active) context.workbook.worksheets.getItem(active.name).activate();
  });
  host.resetMeter();
  return host;
}
