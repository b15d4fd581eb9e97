// The council's complaints register from a file (XLSX or CSV) seen for the first time: its sheet
// found (the one named, or the one that looks like a register), its columns detected by header
// meaning (any the analyst named put where they said), and every row read. Cells, not table
// objects: exceljs loses the range of tables other programs made. The file is only read.
import { chooseRegisterSheet, readRegister, REQUIRED_FIELDS, type RegisterField, type RegisterMapping, type RegisterReading } from "./complaints-register";
import { withColumnOverrides } from "./column-overrides";
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

export interface RegisterFileOptions {
  /** The fields the register must have; the reconciliation's (reference, LGSCO decision and its date) when absent. */
  required?: readonly RegisterField[];
  /** Fields put on the column with this header, in place of what detection found. */
  columns?: Readonly<Partial<Record<RegisterField, string>>>;
}

/**
 * Reads the register in `data`. Throws TableFileError when the file is not a CSV or XLSX table,
 * RegisterReadError when no sheet has the register's required columns (naming what is missing).
 */
export async function readRegisterFile(data: Uint8Array | ArrayBuffer, fileName: string, sheetName?: string, options: RegisterFileOptions = {}): Promise<RegisterFromFile> {
  const shownName = fileName.replace(/^.*[\\/]/, "");
  const sheets = await readTableFile(data, shownName);
  // A field the analyst placed with a column of their own need not be found by its header.
  const placed = new Set(Object.keys(options.columns ?? {}));
  const required = (options.required ?? REQUIRED_FIELDS).filter((field) => !placed.has(field));
  const { sheet, detection } = chooseRegisterSheet(sheets, sheetName, required);
  // chooseRegisterSheet returns only a sheet whose detected mapping has every required column.
  const detected = detection.mapping;
  if (detected === undefined) throw new Error(`chooseRegisterSheet returned the sheet "${sheet.name}" without a mapping.`);
  const mapping = options.columns === undefined ? detected : withColumnOverrides(sheet.cells, detected, options.columns);
  const reading = readRegister(sheet.cells, mapping, options.required);
  const isCsv = sheets.length === 1 && sheet.name === shownName;
  const used = new Set(Object.values(mapping.columns).map((column) => column.header));
  return {
    ...reading,
    sheet: sheet.name,
    mapping,
    unmatchedHeaders: detection.unmatchedHeaders.filter((header) => !used.has(header)),
    source: isCsv ? shownName : `${shownName}, sheet "${sheet.name}"`,
  };
}
