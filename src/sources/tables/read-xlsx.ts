// XLSX bytes → cells, one grid per worksheet. Cells, not table objects: exceljs loses the
// range of tables other programs made (DESIGN §8). Formulas give their last calculated result,
// rich text and hyperlinks their text, errors their code ("#N/A"); a merged range gives its
// value once, in its top-left cell, so a title merged across a row reads as one title.
import ExcelJS from "exceljs";
import type { Cell, SheetCells } from "./cells";
import { TableFileError } from "./table-file-error";

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

function worksheetCells(worksheet: ExcelJS.Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  const rowCount = worksheet.actualRowCount === 0 ? 0 : worksheet.rowCount;
  for (let r = 1; r <= rowCount; r++) {
    const row = worksheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      cells.push(cell.isMerged && cell.master.address !== cell.address ? null : plainValue(cell.value));
    }
    rows.push(cells);
  }
  return rows;
}

/** Every worksheet of an XLSX file, in workbook order. */
export async function readXlsxBytes(bytes: Uint8Array | ArrayBuffer, fileName = "The workbook"): Promise<SheetCells[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares a Node Buffer; it reads any binary through JSZip, in Node and the browser.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TableFileError("broken-xlsx", `${fileName} is not a readable Excel workbook: ${reason}`);
  }
  return workbook.worksheets.map((worksheet) => ({ name: worksheet.name, cells: worksheetCells(worksheet) }));
}
