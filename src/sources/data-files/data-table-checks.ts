// Two checks of a data table, in the analyst's words: a row whose rates disagree with its own
// counts (the documents' cross-check, so a table and a letter are held to one rule), and, for a
// sheet whose header cannot be found, what its columns lack.
import type { YearFigures } from "../../domain/types";
import { crossCheck } from "../documents/cross-check";
import { cellText, columnLetter, type CellGrid } from "../tables/cells";
import { matchColumns } from "../tables/column-matching";
import { DEFAULT_SEARCH_ROWS } from "../tables/header-row";
import { DATA_FILE_VOCABULARY, RECEIVED_CATEGORIES, dataFileFieldLabel, type DataFileField } from "./data-file-columns";
import { KNOWN_MEASURES } from "./data-table-kinds";

type RowFigures = Omit<YearFigures, "authority" | "year" | "source">;

/**
 * The ways a row's figures disagree with each other, in one sentence; undefined when they agree.
 * Received categories are summed only when the row gives every one of them.
 */
export function rowDisagreement(figures: RowFigures): string | undefined {
  const categories = Object.keys(figures.received?.byCategory ?? {}).length;
  const complete = categories === Object.keys(RECEIVED_CATEGORIES).length;
  // The remedy rate's base is the upheld decisions (docs/design.md §1), wherever the table gave them.
  const remedy = figures.satisfactoryRemedy && { ...figures.satisfactoryRemedy, of: figures.satisfactoryRemedy.of ?? figures.upheld?.count ?? figures.decisions?.upheld };
  const found = crossCheck({ authority: "", year: "", source: { kind: "data-file" }, ...figures, ...(remedy ? { satisfactoryRemedy: remedy } : {}) }).filter(
    (inconsistency) => inconsistency.measure !== "received.total" || complete,
  );
  return found.length === 0 ? undefined : found.map((inconsistency) => inconsistency.message.replace(/\.$/, "")).join("; ");
}

/**
 * Why no header could be placed in a sheet: the row that names councils but no measure, the row
 * of measures without a council column, or neither in its first rows.
 */
export function unplacedColumns(cells: CellGrid): string {
  const limit = Math.min(cells.length, DEFAULT_SEARCH_ROWS);
  for (let row = 0; row < limit; row++) {
    const match = matchColumns(cells[row] ?? [], DATA_FILE_VOCABULARY);
    const fields = Object.keys(match.columns);
    const authority = match.columns.authority ?? match.columns.gss;
    if (authority !== undefined) {
      const others = (cells[row] ?? []).map((cell, column) => ({ header: cellText(cell), column })).filter((c) => c.header !== "" && c.column !== authority);
      const listed = others.map((c) => `"${c.header}" (${columnLetter(c.column)})`).join(", ");
      return `its columns could not be placed: row ${row + 1} names councils in column ${columnLetter(authority)} but no measure we know${listed ? ` among ${listed}` : ""} (looked for ${KNOWN_MEASURES})`;
    }
    if (fields.length >= 2) {
      const measures = fields.map((field) => dataFileFieldLabel(field as DataFileField)).join(", ");
      return `its columns could not be placed: row ${row + 1} has measures (${measures}) but no column naming the council (e.g. "Authority name")`;
    }
  }
  return `no header row naming the council and at least one measure in its first ${limit} rows (looked for "Authority name" and ${KNOWN_MEASURES})`;
}
