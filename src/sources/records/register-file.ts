// The council's complaints register from a file (XLSX or CSV) seen for the first time: its sheet
// found (the one named, or the one that looks like a register), its columns detected by header
// meaning, and every row read. Cells, not table objects: exceljs loses the range of tables other
// programs made. The file is only read.
import { chooseRegisterSheet, readRegister, type RegisterMapping, type RegisterReading } from "./complaints-register";
import { readTableFile } from "../tables/read-table-file";

export interface RegisterFromFile extends RegisterReading {
  /** The sheet read ("Log"; a CSV file's own name). */
  sheet: string;
  mapping: RegisterMapping;
  /** Headed columns that fit no field of the register. */
  unmatchedHeaders: string[];
  /** Where it was read from, for the sheet's header block: `own.xlsx, sheet "Log"`. */
  source: string;
}

/**
 * Reads the register in `data`. Throws TableFileError when the file is not a CSV or XLSX table,
 * RegisterReadError when no sheet has the register's required columns (naming what is missing).
 */
export async function readRegisterFile(data: Uint8Array | ArrayBuffer, fileName: string, sheetName?: string): Promise<RegisterFromFile> {
  const shownName = fileName.replace(/^.*[\\/]/, "");
  const sheets = await readTableFile(data, shownName);
  const { sheet, detection } = chooseRegisterSheet(sheets, sheetName);
  // chooseRegisterSheet returns only a sheet whose detected mapping has every required column.
  const mapping = detection.mapping;
  if (mapping === undefined) throw new Error(`chooseRegisterSheet returned the sheet "${sheet.name}" without a mapping.`);
  const reading = readRegister(sheet.cells, mapping);
  const isCsv = sheets.length === 1 && sheet.name === shownName;
  return {
    ...reading,
    sheet: sheet.name,
    mapping,
    unmatchedHeaders: detection.unmatchedHeaders,
    source: isCsv ? shownName : `${shownName}, sheet "${sheet.name}"`,
  };
}
