// Text from outside (council names, page text) must land as that text: Excel reads a value
// written through Office.js as if it were typed, so "=HYPERLINK(…)" would become a formula and
// "+44", "-5%", "@x", "2019-20" or "TRUE" something other than the text. A leading apostrophe
// makes Excel keep the rest as text (it is not part of the cell's value); every text cell gets
// one, so no guessing about which strings Excel would reinterpret.
import type { CellValue } from "../plan/plan";

export function literalText(text: string): string {
  return text === "" ? "" : `'${text}`;
}

/** A plan cell as written through Office.js `values`: empty text for an empty cell (null would leave the cell unchanged). */
export function officeCellInput(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "string") return literalText(value);
  if (typeof value === "number" && !Number.isFinite(value)) throw new RangeError(`A cell cannot hold ${value}.`);
  return value;
}
