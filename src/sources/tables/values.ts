// Reading one cell as the value its column holds: a count, a rate, a date, yes or no.
// Every reader answers with what it found, so callers can say plainly what they could not use:
// an empty cell, a marker meaning "not published" (absent, never 0), or text that is not a value.
import { cellText, type Cell } from "./cells";

export type CellReading<T> =
  | { kind: "value"; value: T }
  | { kind: "blank" }
  | { kind: "not-published"; text: string }
  | { kind: "invalid"; text: string; reason: string };

const NOT_PUBLISHED = new Set(["n/a", "na", "n.a.", "-", "–", "—", "*", "..", "...", "x", "not published", "not available", "not applicable"]);

const blank: CellReading<never> = { kind: "blank" };

function invalid(text: string, reason: string): CellReading<never> {
  return { kind: "invalid", text, reason };
}

/** Empty and "not published" cells, or undefined when the cell holds something to read. */
function absence(cell: Cell): CellReading<never> | undefined {
  const text = cellText(cell);
  if (text === "") return blank;
  if (NOT_PUBLISHED.has(text.toLowerCase())) return { kind: "not-published", text };
  return undefined;
}

/** "1,234", " 12 ", "12.5" → the number; anything else undefined. No signs: figures are never negative. */
function numberInText(text: string): number | undefined {
  const compact = text.replace(/\s+/g, "");
  if (!/^(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/.test(compact) || compact === "" || compact === ".") return undefined;
  return Number(compact.replace(/,/g, ""));
}

/** A non-negative number written in a cell, or why not. */
export function readDecimal(cell: Cell): CellReading<number> {
  const absent = absence(cell);
  if (absent) return absent;
  const text = cellText(cell);
  if (typeof cell === "number") {
    return Number.isFinite(cell) && cell >= 0 ? { kind: "value", value: cell } : invalid(text, "is not a figure (negative or not finite)");
  }
  if (typeof cell !== "string") return invalid(text, "is not a number");
  const value = numberInText(text);
  return value === undefined ? invalid(text, "is not a number") : { kind: "value", value };
}

/** A count of complaints or decisions: a whole number, not negative. */
export function readCount(cell: Cell): CellReading<number> {
  const reading = readDecimal(cell);
  if (reading.kind !== "value") return reading;
  return Number.isInteger(reading.value) ? reading : invalid(cellText(cell), "is not a whole number");
}

/**
 * How a column writes its rates: "points" (73 or "73%"), "fraction" (0.73, as Excel stores a
 * cell formatted as a percentage), or "ambiguous" when every plain number is 0 or 1 and at
 * least one is 1 (100% or 1%? the column alone cannot say).
 */
export type PercentScale = "points" | "fraction" | "ambiguous";

export function percentScaleOf(cells: readonly Cell[]): PercentScale {
  const plainNumbers: number[] = [];
  for (const cell of cells) {
    if (typeof cell === "number") {
      if (Number.isFinite(cell)) plainNumbers.push(cell);
    } else if (typeof cell === "string" && !cell.includes("%")) {
      const value = numberInText(cellText(cell));
      if (value !== undefined) plainNumbers.push(value);
    }
  }
  if (plainNumbers.some((value) => value > 1)) return "points";
  if (plainNumbers.some((value) => value > 0 && value < 1)) return "fraction";
  return plainNumbers.includes(1) ? "ambiguous" : "points";
}

/** Strips the floating-point noise of ×100 (0.727 × 100 = 72.69999…) without rounding a published decimal. */
function toPoints(fraction: number): number {
  return Math.round(fraction * 100 * 1e6) / 1e6;
}

/**
 * A rate in percentage points (73 means 73%), from "73%", "73.0 %", or a plain number read on
 * the column's `scale` (see percentScaleOf). A rate outside 0–100% is not a rate.
 */
export function readPercent(cell: Cell, scale: PercentScale): CellReading<number> {
  const absent = absence(cell);
  if (absent) return absent;
  const text = cellText(cell);
  let points: number | undefined;
  if (typeof cell === "string" && /%\s*$/.test(text)) {
    points = numberInText(text.replace(/%\s*$/, ""));
    if (points === undefined) return invalid(text, "is not a percentage");
  } else {
    const reading = readDecimal(cell);
    if (reading.kind !== "value") return reading.kind === "invalid" ? invalid(text, "is not a percentage") : reading;
    if (scale === "ambiguous" && reading.value !== 0) {
      return invalid(text, "could be a fraction or a percentage: every number in the column is 0 or 1");
    }
    points = scale === "fraction" ? toPoints(reading.value) : reading.value;
  }
  return points <= 100 ? { kind: "value", value: points } : invalid(text, "is more than 100%");
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** "April", "Apr", "sept" → 4, 9; anything else undefined. */
function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex((month) => month === lower || month.slice(0, 3) === lower || (lower === "sept" && month === "september"));
  return index < 0 ? undefined : index + 1;
}
/** Registers run from the 1990s; anything far outside is a number that is not a date. */
const EARLIEST_YEAR = 1990;
const LATEST_YEAR = 2100;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function fullYear(written: string): number {
  return written.length === 2 ? 2000 + Number(written) : Number(written);
}

function dateInText(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (uk) return isoDate(fullYear(uk[3]!), Number(uk[2]), Number(uk[1]));
  const named = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{4}|\d{2})$/i.exec(text);
  if (named) {
    const month = monthNumber(named[2]!);
    return month === undefined ? undefined : isoDate(fullYear(named[3]!), month, Number(named[1]));
  }
  return undefined;
}

function plausible(iso: string, text: string): CellReading<string> {
  const year = Number(iso.slice(0, 4));
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR
    ? { kind: "value", value: iso }
    : invalid(text, `is not a plausible date (year ${year})`);
}

/**
 * A date as ISO "YYYY-MM-DD": an Excel date (exceljs gives a Date at UTC midnight), an Excel
 * serial number (Office.js gives numbers), or text in UK order (dd/mm/yyyy, dd-mm-yy,
 * 1 April 2019) or ISO. US order is refused rather than guessed: 04/25/2019 is not a date.
 */
export function readDate(cell: Cell): CellReading<string> {
  const absent = absence(cell);
  if (absent) return absent;
  const text = cellText(cell);
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return invalid(String(cell), "is not a date");
    return plausible(cell.toISOString().slice(0, 10), text);
  }
  if (typeof cell === "number") {
    if (!Number.isFinite(cell) || cell < 1) return invalid(text, "is not a date");
    const iso = new Date(EXCEL_EPOCH + Math.floor(cell) * DAY_MS).toISOString().slice(0, 10);
    return plausible(iso, text);
  }
  if (typeof cell !== "string") return invalid(text, "is not a date");
  const iso = dateInText(text);
  return iso === undefined ? invalid(text, "is not a date (expected dd/mm/yyyy or yyyy-mm-dd)") : plausible(iso, text);
}

const YES_WORDS = new Set(["yes", "y", "true", "1", "complied", "satisfactory", "remedied", "done", "implemented"]);
const NO_WORDS = new Set(["no", "n", "false", "0", "not", "failed", "non", "noncompliance", "unsatisfactory", "did"]);

/**
 * Yes or no as registers write it: "Yes", "Y", TRUE, 1, "Complied", "Yes - late", and
 * "No", "N", FALSE, 0, "Not complied", "Did not comply", "Non-compliance".
 */
export function readYesNo(cell: Cell): CellReading<boolean> {
  const absent = absence(cell);
  if (absent) return absent;
  const text = cellText(cell);
  if (typeof cell === "boolean") return { kind: "value", value: cell };
  if (typeof cell === "number") {
    return cell === 1 || cell === 0 ? { kind: "value", value: cell === 1 } : invalid(text, "is not yes or no");
  }
  const words = text.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== "");
  const first = words[0];
  if (first === undefined) return invalid(text, "is not yes or no");
  if (NO_WORDS.has(first) || words.includes("not")) return { kind: "value", value: false };
  if (YES_WORDS.has(first)) return { kind: "value", value: true };
  return invalid(text, "is not yes or no");
}
