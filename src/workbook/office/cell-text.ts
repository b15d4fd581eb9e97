// Text from outside (council names, page text) must land as that text: Excel reads a value
// written through Office.js as if it were typed, so "=HYPERLINK(…)" would become a formula and
// "+44", "-5%", "@x", "2019-20" or "TRUE" something other than the text. The one rule
// (plan/cell-formats.ts `writtenFormat`): the cell gets the Text format "@" in the same request,
// queued before its value, and the text is written as it is, with no apostrophe.
import { writtenFormat } from "../plan/cell-formats";
import type { CellValue } from "../plan/plan";

/** A plan cell as written through Office.js `values`: empty text for an empty cell (null would leave the cell unchanged). */
export function officeCellInput(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "number" && !Number.isFinite(value)) throw new RangeError(`A cell cannot hold ${value}.`);
  return value;
}

/** A block of plan cells as Office.js takes it: the number formats (set first) and the values. */
export function officeBlock(rows: readonly (readonly CellValue[])[], formats?: readonly (readonly string[])[]): { values: (string | number | boolean)[][]; numberFormat: string[][] } {
  return {
    values: rows.map((row) => row.map(officeCellInput)),
    numberFormat: rows.map((row, r) => row.map((value, c) => writtenFormat(value, formats?.[r]?.[c]))),
  };
}
