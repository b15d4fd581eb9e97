// XLSX bytes → cells, one grid per worksheet. Cells, not table objects: exceljs loses the
// range of tables other programs made (docs/design.md §8). Formulas give their last calculated result,
// rich text and hyperlinks their text, errors their code ("#N/A"); a merged range gives its
// value once, in its top-left cell, so a title merged across a row reads as one title.
import ExcelJS from "exceljs";
import type { Cell, SheetCells } from "./cells";
import { TableFileError } from "./table-file-error";
import { TABLE_FILE_LIMITS } from "./table-limits";
import { checkXlsxExtent } from "./xlsx-extent";

type ExcelValue = ExcelJS.CellValue;

function plainValue(value: ExcelValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) {
    const text: unknown = value.text;
    // exceljs types hyperlink text as a string, but a styled link arrives as rich text.
    if (typeof text === "object" && text !== null && "richText" in text) {
      return (text as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join("");
    }
    return typeof text === "string" ? text : null;
  }
  if ("formula" in value || "sharedFormula" in value) return plainValue(value.result ?? null);
  return null;
}

/** Only the rows and cells the sheet holds are visited: exceljs would make an object for every gap. */
function worksheetCells(worksheet: ExcelJS.Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  worksheet.eachRow((row, r) => {
    const cells: Cell[] = [];
    row.eachCell((cell, c) => {
      while (cells.length < c - 1) cells.push(null);
      cells.push(cell.isMerged && cell.master.address !== cell.address ? null : plainValue(cell.value));
    });
    while (rows.length < r - 1) rows.push([]);
    rows.push(cells);
  });
  return rows;
}

/** Every worksheet of an XLSX file, in workbook order. */
export async function readXlsxBytes(bytes: Uint8Array | ArrayBuffer, fileName = "The workbook"): Promise<SheetCells[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // Before exceljs builds a row object for every row up to the last one the file names.
    await checkXlsxExtent(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), TABLE_FILE_LIMITS);
    // exceljs declares a Node Buffer; it reads any binary through JSZip, in Node and the browser.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    if (error instanceof TableFileError) throw new TableFileError(error.problem, `${fileName} is too large to read: ${error.message}`);
    const reason = error instanceof Error ? error.message : String(error);
    throw new TableFileError("broken-xlsx", `${fileName} is not a readable Excel workbook: ${reason}`);
  }
  return workbook.worksheets.map((worksheet) => ({ name: worksheet.name, cells: worksheetCells(worksheet) }));
}
