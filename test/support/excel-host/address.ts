// A1 addresses as Excel writes and reads them, for the in-memory host. Written separately from
// the renderers' own address helpers on purpose: the host is the check on them.
import { HostError } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A block of cells, 0-based and inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const ROW = /^\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;

function invalid(address: string): HostError {
  return new HostError("InvalidArgument", `The address "${address}" is not valid.`);
}

function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

function parsePart(part: string, address: string): { row?: number; col?: number } {
  const cell = CELL.exec(part);
  if (cell) return { col: columnIndex(cell[1]!), row: Number(cell[2]) - 1 };
  const row = ROW.exec(part);
  if (row) return { row: Number(row[1]) - 1 };
  const col = COLUMN.exec(part);
  if (col) return { col: columnIndex(col[1]!) };
  throw invalid(address);
}

/** "A1", "$A$1:$C$4", "5:7" (entire rows), "A:C" (entire columns), optionally "Sheet!"-qualified. */
export function parseAddress(address: string): ParsedAddress {
  const { sheet, local } = splitSheet(address.trim());
  const [first, second, extra] = local.split(":");
  if (first === undefined || first === "" || extra !== undefined) throw invalid(address);
  const a = parsePart(first, address);
  const b = second === undefined ? a : parsePart(second, address);
  const bothCells = a.row !== undefined && a.col !== undefined && b.row !== undefined && b.col !== undefined;
  const bothRows = a.col === undefined && b.col === undefined && a.row !== undefined && b.row !== undefined;
  const bothCols = a.row === undefined && b.row === undefined && a.col !== undefined && b.col !== undefined;
  if (!bothCells && !bothRows && !bothCols) throw invalid(address);
  if (second === undefined && !bothCells) throw invalid(address);
  const rect: Rect = bothRows
    ? { top: Math.min(a.row!, b.row!), bottom: Math.max(a.row!, b.row!), left: 0, right: MAX_COLUMNS - 1 }
    : bothCols
      ? { top: 0, bottom: MAX_ROWS - 1, left: Math.min(a.col!, b.col!), right: Math.max(a.col!, b.col!) }
      : { top: Math.min(a.row!, b.row!), bottom: Math.max(a.row!, b.row!), left: Math.min(a.col!, b.col!), right: Math.max(a.col!, b.col!) };
  if (rect.bottom >= MAX_ROWS || rect.right >= MAX_COLUMNS || rect.top < 0 || rect.left < 0) throw invalid(address);
  return sheet === undefined ? { rect } : { sheet, rect };
}

/** Sheet names that are not plain words are quoted, with apostrophes doubled, as Excel does. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function isEntireRows(rect: Rect): boolean {
  return rect.left === 0 && rect.right === MAX_COLUMNS - 1;
}

export function isEntireColumns(rect: Rect): boolean {
  return rect.top === 0 && rect.bottom === MAX_ROWS - 1;
}

/** "A1:C4", "A1", "5:7" or "A:C"; `absolute` adds the dollars Excel uses in names. */
export function formatRect(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (isEntireRows(rect)) return `${d}${rect.top + 1}:${d}${rect.bottom + 1}`;
  if (isEntireColumns(rect)) return `${d}${columnLetters(rect.left)}:${d}${columnLetters(rect.right)}`;
  const start = `${d}${columnLetters(rect.left)}${d}${rect.top + 1}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return start;
  return `${start}:${d}${columnLetters(rect.right)}${d}${rect.bottom + 1}`;
}

export function formatAddress(sheet: string, rect: Rect, absolute = false): string {
  return `${quoteSheet(sheet)}!${formatRect(rect, absolute)}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.left <= inner.left && outer.right >= inner.right && outer.top <= inner.top && outer.bottom >= inner.bottom;
}

export function intersection(a: Rect, b: Rect): Rect | null {
  if (!intersects(a, b)) return null;
  return { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
}

export function rowCount(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function columnCount(rect: Rect): number {
  return rect.right - rect.left + 1;
}
