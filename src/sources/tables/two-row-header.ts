// Headers written on two rows: a group heading above its columns ("Decisions" over "Upheld",
// "Not upheld", "Total") and single headings beside them ("Authority name" with nothing below).
// The two rows are joined top-down into one header ("Decisions Total"), and the header search
// takes the joined pair only when it places more columns than any single row does.
import { cellText, isBlankRow, type Cell, type CellGrid } from "./cells";
import { matchColumns, type ColumnMatch, type Vocabulary } from "./column-matching";
import { DEFAULT_SEARCH_ROWS, findHeaderRow, type HeaderRow, type HeaderSearch } from "./header-row";

/**
 * One header from two rows, top word first. A top cell with text below it heads a group and
 * carries to the right over the blank top cells up to the next heading; a row with only one
 * heading is a title, not a group, and carries nowhere.
 */
export function joinHeaderRows(top: readonly Cell[], bottom: readonly Cell[]): string[] {
  const width = Math.max(top.length, bottom.length);
  const headings = top.filter((cell) => cellText(cell) !== "").length;
  const joined: string[] = [];
  let group = "";
  for (let column = 0; column < width; column++) {
    const above = cellText(top[column] ?? null);
    const below = cellText(bottom[column] ?? null);
    if (above !== "") group = below !== "" && headings > 1 ? above : "";
    const upper = above !== "" ? above : below !== "" ? group : "";
    joined.push([upper, below].filter((part) => part !== "").join(" "));
  }
  return joined;
}

export interface HeaderRows<K extends string> extends HeaderRow<K> {
  /** How many rows the header takes: 1, or 2 when joined. */
  rows: 1 | 2;
  /** The grid with a two-row header joined into its first row and its second row emptied. */
  cells: CellGrid;
}

const fieldsMatched = <K extends string>(match: ColumnMatch<K>): number => Object.keys(match.columns).length;

/** The header as one row or two joined, whichever places more fields (one row on a tie). */
export function findHeaderRows<K extends string>(cells: CellGrid, vocabulary: Vocabulary<K>, search: HeaderSearch<K> = {}): HeaderRows<K> | undefined {
  const single = findHeaderRow(cells, vocabulary, search);
  let best: HeaderRows<K> | undefined = single && { ...single, rows: 1, cells };
  const limit = Math.min(cells.length - 1, search.searchRows ?? DEFAULT_SEARCH_ROWS);
  for (let row = 0; row < limit; row++) {
    const top = cells[row];
    const bottom = cells[row + 1];
    if (top === undefined || bottom === undefined || isBlankRow(top) || isBlankRow(bottom)) continue;
    const joined = joinHeaderRows(top, bottom);
    const match = matchColumns(joined, vocabulary);
    if (search.accept && !search.accept(match)) continue;
    if (fieldsMatched(match) <= (best ? fieldsMatched(best.match) : 1)) continue;
    best = { row, match, rows: 2, cells: [...cells.slice(0, row), joined, [], ...cells.slice(row + 2)] };
  }
  return best;
}
