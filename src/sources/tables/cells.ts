// The one shape every tabular input is read into: a grid of plain cell values, as Excel's
// `range.values`, an exceljs worksheet or a CSV parser give them. Readers normalise to this
// once, at the edge; everything after works on cells without knowing where they came from.

/**
 * One cell. `null` or "" is an empty cell. Dates arrive as Date objects (exceljs), Excel serial
 * numbers (Office.js `values`) or text (CSV, typed dates), and are told apart only when a column
 * is known to hold dates.
 */
export type Cell = string | number | boolean | Date | null;

/** Rows of cells, top to bottom; rows may be ragged (a missing cell is an empty cell). */
export type CellGrid = readonly (readonly Cell[])[];

/** A named grid: one worksheet of a workbook, or the single table of a CSV file. */
export interface SheetCells {
  name: string;
  cells: CellGrid;
}

/** The cell at 0-based `row`, `column`; null past the end of a ragged row. */
export function cellAt(cells: CellGrid, row: number, column: number): Cell {
  return cells[row]?.[column] ?? null;
}

/**
 * The cell as the analyst reads it: text trimmed, with non-breaking spaces as spaces;
 * numbers and booleans as written; dates as ISO "YYYY-MM-DD". Empty cells give "".
 */
export function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cell.replace(/[\u00a0\u2007\u202f]/g, " ").trim();
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  return String(cell);
}

export function isBlankCell(cell: Cell): boolean {
  return cellText(cell) === "";
}

export function isBlankRow(row: readonly Cell[] | undefined): boolean {
  return row === undefined || row.every(isBlankCell);
}

/** Number of columns in the widest row. */
export function gridWidth(cells: CellGrid): number {
  return cells.reduce((width, row) => Math.max(width, row.length), 0);
}

/** Excel's column letters for a 0-based index: 0 → "A", 26 → "AA". */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A cell's address as the analyst sees it, from 0-based indices: (2, 0) → "A3". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}
