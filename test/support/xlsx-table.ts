// Reading back what an .xlsx file holds, with exceljs, as a test checks it: a table by its name,
// its range from the table part and its cells (value and number format) from the sheet.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";

export interface XlsxTable {
  sheet: string;
  columns: string[];
  rows: Record<string, { value: unknown; numFmt: string | undefined }>[];
}

/** The table `name` in `file`; throws when the file has no such table. */
export async function readXlsxTable(file: string, name: string): Promise<XlsxTable> {
  const workbook = new ExcelJS.Workbook();
  const bytes = await readFile(file);
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  for (const sheet of workbook.worksheets) {
    const found = sheet.getTable(name) as unknown as { table?: { tableRef?: string; ref?: string } } | undefined;
    const ref = found?.table?.tableRef ?? found?.table?.ref;
    if (ref === undefined) continue;
    const [topLeft, bottomRight] = ref.split(":") as [string, string];
    const top = sheet.getCell(topLeft);
    const bottom = sheet.getCell(bottomRight);
    const columns: string[] = [];
    for (let col = Number(top.col); col <= Number(bottom.col); col++) columns.push(String(sheet.getCell(Number(top.row), col).value));
    const rows: XlsxTable["rows"] = [];
    for (let row = Number(top.row) + 1; row <= Number(bottom.row); row++) {
      rows.push(
        Object.fromEntries(
          columns.map((column, i) => {
            const cell = sheet.getCell(row, Number(top.col) + i);
            return [column, { value: cell.value, numFmt: cell.numFmt }];
          }),
        ),
      );
    }
    return { sheet: sheet.name, columns, rows };
  }
  throw new Error(`no table ${name} in ${file}`);
}
