// The column mapping as the "Link the register" section edits it: which header row, which column
// holds each field, and what is still missing, said plainly. Pure; the detection itself is the
// register reader's (sources/records/complaints-register.ts), by header meaning.
import { REGISTER_FIELDS, REGISTER_VOCABULARY, type RegisterField, type RegisterMapping } from "../../sources/records/complaints-register";
import { cellText, columnLetter, type Cell } from "../../sources/tables/cells";
import { matchColumns } from "../../sources/tables/column-matching";

/** A column the analyst can choose for a field: its letter within the cells read and its header. */
export interface HeaderChoice {
  index: number;
  header: string;
  /** "B: Date received" */
  label: string;
}

/** Rows offered as the header row: headers sit near the top. */
export const HEADER_ROWS_OFFERED = 30;

export function headerRowsOffered(cells: readonly (readonly Cell[])[]): number {
  return Math.max(1, Math.min(HEADER_ROWS_OFFERED, cells.length));
}

/** The headed columns of `headerRow` (1-based within the cells read). */
export function headerChoices(cells: readonly (readonly Cell[])[], headerRow: number): HeaderChoice[] {
  const row = cells[headerRow - 1] ?? [];
  return row.flatMap((cell, index) => {
    const header = cellText(cell);
    return header === "" ? [] : [{ index, header, label: `${columnLetter(index)}: ${header}` }];
  });
}

/** The fields found by header meaning on `headerRow`, for when the analyst names the header row. */
export function mappingForHeaderRow(cells: readonly (readonly Cell[])[], headerRow: number): RegisterMapping {
  const match = matchColumns(cells[headerRow - 1] ?? [], REGISTER_VOCABULARY);
  const columns: RegisterMapping["columns"] = {};
  for (const [field, index] of Object.entries(match.columns) as [RegisterField, number][]) {
    columns[field] = { index, header: cellText(cells[headerRow - 1]?.[index] ?? null) };
  }
  return { headerRow, columns };
}

/** `field` read from column `index` (or from no column); a column serves one field, so another field using it lets it go. */
export function withColumn(mapping: RegisterMapping, cells: readonly (readonly Cell[])[], field: RegisterField, index: number | undefined): RegisterMapping {
  const columns: RegisterMapping["columns"] = {};
  for (const [other, column] of Object.entries(mapping.columns) as [RegisterField, { index: number; header: string }][]) {
    if (other !== field && column.index !== index) columns[other] = column;
  }
  if (index !== undefined) columns[field] = { index, header: cellText(cells[mapping.headerRow - 1]?.[index] ?? null) };
  return { headerRow: mapping.headerRow, columns };
}

/** Required fields the mapping has no column for, in the register's field order. */
export function missingRequired(mapping: RegisterMapping | undefined): RegisterField[] {
  return REGISTER_FIELDS.filter((info) => info.required && mapping?.columns[info.field] === undefined).map((info) => info.field);
}

/** "Your register needs a column for LGSCO decision date …", or undefined when nothing required is missing. */
export function missingSentence(missing: readonly RegisterField[]): string | undefined {
  if (missing.length === 0) return undefined;
  const named = missing.map((field) => {
    const info = REGISTER_FIELDS.find((i) => i.field === field)!;
    return `${info.label} (headed like ${info.examples})`;
  });
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join("; ")} and ${named[named.length - 1]}`;
  return `Your register needs a column for ${list}. Choose the column that holds ${missing.length === 1 ? "it" : "each"} below, or add ${missing.length === 1 ? "it" : "them"} to the register.`;
}
