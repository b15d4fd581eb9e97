// Finding the header row wherever it is: published files and registers put titles, dates and
// notes above the table. The header is the row, near the top, whose cells fit the most fields.
import { isBlankRow, type CellGrid } from "./cells";
import { matchColumns, type ColumnMatch, type Vocabulary } from "./column-matching";

export interface HeaderRow<K extends string> {
  /** 0-based row index of the header. */
  row: number;
  match: ColumnMatch<K>;
}

export interface HeaderSearch<K extends string> {
  /** How many rows from the top to look at; headers sit near the top. */
  searchRows?: number;
  /** Whether a row's match is good enough to be the header (e.g. it names the council column). */
  accept?: (match: ColumnMatch<K>) => boolean;
}

export const DEFAULT_SEARCH_ROWS = 30;

function fieldsMatched<K extends string>(match: ColumnMatch<K>): number {
  return Object.keys(match.columns).length;
}

/**
 * The row within the first `searchRows` that fits the most fields and is accepted; the earliest
 * on a tie. Undefined when no row fits at least two fields and passes `accept`.
 */
export function findHeaderRow<K extends string>(cells: CellGrid, vocabulary: Vocabulary<K>, search: HeaderSearch<K> = {}): HeaderRow<K> | undefined {
  const limit = Math.min(cells.length, search.searchRows ?? DEFAULT_SEARCH_ROWS);
  let best: HeaderRow<K> | undefined;
  for (let row = 0; row < limit; row++) {
    const cellsOfRow = cells[row];
    if (cellsOfRow === undefined || isBlankRow(cellsOfRow)) continue;
    const match = matchColumns(cellsOfRow, vocabulary);
    if (fieldsMatched(match) < 2 || (search.accept && !search.accept(match))) continue;
    if (best === undefined || fieldsMatched(match) > fieldsMatched(best.match)) best = { row, match };
  }
  return best;
}
