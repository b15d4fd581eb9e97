// How much of a table file or workbook is read: enough for any register, data file or analyst's
// workbook this tool meets, and little enough that a hostile file cannot take gigabytes.

export interface TableLimits {
  rows: number;
  columns: number;
  /** Cells covered by merged ranges, data validations and tables together, on one sheet. */
  coveredCells: number;
}

/** Registers and data files: tens of columns, a few thousand rows; read into a grid of cells. */
export const TABLE_FILE_LIMITS: TableLimits = { rows: 100_000, columns: 500, coveredCells: 5_000_000 };

/** A workbook `cli fetch --out` adds to: the analyst's sheets beside the add-in's. */
export const WORKBOOK_LIMITS: TableLimits = { rows: 100_000, columns: 1_000, coveredCells: 5_000_000 };
