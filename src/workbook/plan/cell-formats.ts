// How figures become cells (docs/design.md §5): percentages as fractions with a percent format so
// formulas work, per-100k with one decimal, counts as whole numbers, text as text. A figure
// that was not published is an empty cell (null), never 0.
import type { CellValue } from "./plan";

export const TEXT_FORMAT = "@";
export const COUNT_FORMAT = "0";
export const PER_100K_FORMAT = "0.0";
export const WHOLE_PERCENT_FORMAT = "0%";
export const ONE_DECIMAL_PERCENT_FORMAT = "0.0%";

/** A published percentage (73 = 73%) as the fraction Excel stores (0.73), free of floating-point noise. */
export function percentAsFraction(rate: number | undefined): CellValue {
  return rate === undefined ? null : Number((rate / 100).toPrecision(12));
}

/** "0%" for a whole published percentage, "0.0%" where it was published with a decimal (68.8%). */
export function percentFormat(rate: number | undefined): string {
  return rate !== undefined && !Number.isInteger(rate) ? ONE_DECIMAL_PERCENT_FORMAT : WHOLE_PERCENT_FORMAT;
}

/** A published count or per-100k figure as a cell. */
export function numberCell(value: number | undefined): CellValue {
  return value === undefined ? null : value;
}

/** One typed cell of a plan row: its value and its number format. */
export interface PlanCell {
  value: CellValue;
  format: string;
}

export const textCell = (text: string | undefined): PlanCell => ({ value: text === undefined || text === "" ? null : text, format: TEXT_FORMAT });
export const countCell = (count: number | undefined): PlanCell => ({ value: numberCell(count), format: COUNT_FORMAT });
export const per100kCell = (value: number | undefined): PlanCell => ({ value: numberCell(value), format: PER_100K_FORMAT });
export const percentCell = (rate: number | undefined): PlanCell => ({ value: percentAsFraction(rate), format: percentFormat(rate) });

/**
 * The one text-escaping rule, shared by both renderers: a text cell is written with the Text
 * number format "@" and the text as it is, never with a leading apostrophe. Microsoft documents
 * that a cell formatted as Text treats its content as text, even when it looks like a number or
 * starts with "=" ("Format numbers as text", support.microsoft.com, and "Set range format":
 * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-format). What Excel
 * does with an apostrophe typed into a Text cell is not documented, so it is never written.
 * In a file (exceljs) a string cell is a string by the format itself (ECMA-376 §18.3.1.4, t="s");
 * the "@" keeps it text when the analyst edits it in Excel.
 */
export function writtenFormat(value: CellValue, planned: string | undefined): string {
  if (typeof value === "string") return TEXT_FORMAT;
  return planned ?? "General";
}

/** Splits typed rows into the plan's parallel `rows` and `numberFormats`. */
export function toTableBody(cells: readonly PlanCell[][]): { rows: CellValue[][]; numberFormats: string[][] } {
  return {
    rows: cells.map((row) => row.map((cell) => cell.value)),
    numberFormats: cells.map((row) => row.map((cell) => cell.format)),
  };
}
