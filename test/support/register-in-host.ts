// Puts a complaints register into the in-memory Excel host as an analyst's workbook holds one:
// dates as Excel serial numbers with a date format (what Excel stores), text as text (typed
// dates such as "03/12/2019" stay text, as in a column formatted as text), numbers as numbers.
// The registers themselves are composed by us (test/fixtures/registers/), not a council's.
import type { Cell } from "../../src/sources/tables/cells";
import type { ExcelHost } from "./excel-host";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Excel's serial number for a date (1 = 1 January 1900; dates after February 1900). */
export function excelSerial(date: Date): number {
  return Math.round((date.getTime() - EXCEL_EPOCH_MS) / DAY_MS);
}

/** Writes `cells` on a new sheet `sheetName` from A1 (or `origin`), as the analyst's own data. */
export async function writeRegisterSheet(host: ExcelHost, sheetName: string, cells: readonly (readonly Cell[])[], origin = { row: 0, column: 0 }): Promise<void> {
  await host.run(async (context) => {
    const exists = context.workbook.worksheets.getItemOrNullObject(sheetName).load("name");
    await context.sync();
    const sheet = exists.isNullObject ? context.workbook.worksheets.add(sheetName) : context.workbook.worksheets.getItem(sheetName);
    cells.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === "") return;
        const cell = sheet.getCell(origin.row + r, origin.column + c);
        if (value instanceof Date) {
          cell.numberFormat = [["dd/mm/yyyy"]];
          cell.values = [[excelSerial(value)]];
        } else {
          cell.values = [[typeof value === "string" ? `'${value}` : value]];
        }
      }),
    );
    await context.sync();
  });
  host.resetMeter();
}
