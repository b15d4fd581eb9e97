// A1 addresses for the renderers: blocks of cells (0-based, inclusive), column letters, and the
// sheet-qualified references that defined names hold ("'Ombudsman flags'!$A$1:$F$20").

/** A block of cells, rows and columns counted from 0, both ends included. */
export interface CellBlock {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function block(top: number, left: number, rows: number, columns: number): CellBlock {
  return { top, left, bottom: top + rows - 1, right: left + columns - 1 };
}

export function blockRows(cells: CellBlock): number {
  return cells.bottom - cells.top + 1;
}

export function blockColumns(cells: CellBlock): number {
  return cells.right - cells.left + 1;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`Not a column index: ${index}`);
  let n = index + 1;
  let name = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

function columnIndexOf(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B3", or "A1:P20" for a larger block; `absolute` writes "$A$1:$P$20". */
export function blockAddress(cells: CellBlock, absolute = false): string {
  const d = absolute ? "$" : "";
  const start = `${d}${columnName(cells.left)}${d}${cells.top + 1}`;
  if (cells.top === cells.bottom && cells.left === cells.right) return start;
  return `${start}:${d}${columnName(cells.right)}${d}${cells.bottom + 1}`;
}

/** Entire rows "5:7" (0-based `top`). */
export function rowsAddress(top: number, count: number): string {
  return `${top + 1}:${top + count}`;
}

/** Entire columns "C:C". */
export function columnsAddress(left: number, count = 1): string {
  return `${columnName(left)}:${columnName(left + count - 1)}`;
}

/** A sheet name as formulas write it: quoted (apostrophes doubled) unless it is a plain word. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[rRcC]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'Ombudsman flags'!$A$1:$F$20": what a defined name refers to. */
export function sheetReference(sheet: string, cells: CellBlock): string {
  return `${quoteSheetName(sheet)}!${blockAddress(cells, true)}`;
}

const REFERENCE = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/i;

/**
 * The sheet and block of a reference such as "=Ombudsman!$A$1:$P$20" or "'My sheet'!A1";
 * undefined for anything else (a #REF! left by a deleted sheet, a constant, several areas).
 */
export function parseSheetReference(text: string): { sheet: string; cells: CellBlock } | undefined {
  const match = REFERENCE.exec(text.trim().replace(/^=/, ""));
  if (!match) return undefined;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2]!;
  const left = columnIndexOf(match[3]!);
  const top = Number(match[4]) - 1;
  const right = match[5] === undefined ? left : columnIndexOf(match[5]);
  const bottom = match[6] === undefined ? top : Number(match[6]) - 1;
  if (top < 0 || bottom < 0) return undefined;
  return { sheet, cells: { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) } };
}

/** The block of an address on no sheet in particular ("A4:L120", "$B$3"); undefined for anything else. */
export function parseBlockAddress(address: string): CellBlock | undefined {
  return parseSheetReference(`X!${address}`)?.cells;
}

export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
