// The ownership marker (docs/design.md §5): which sheets and tables the add-in owns and which councils
// were fetched, recorded so that both renderers can write it and read it back.
//
// Why defined names: exceljs 4.4 writes no custom document properties and reads back only names
// that refer to cells (a name holding a constant such as ="E09000015" is dropped on load). A
// name referring to cells survives both ways, and in Excel it follows its cells: it keeps
// pointing at an owned sheet the analyst renames and at a table when rows are inserted above
// it, and turns to #REF! if the sheet is deleted. So the marker is a set of workbook names:
//   OmbudsmanScrutiny_Sheet_<key>     → the block the add-in wrote on that sheet
//   OmbudsmanScrutiny_Table_<table>   → the table's range (header row and body) when written
//   OmbudsmanScrutiny_Council_<GSS>   → the first cell of the key-statistics sheet, one per council
import { block, parseSheetReference, sameName, type CellBlock } from "./a1";
import type { SheetKey } from "../plan/plan";
import type { SheetLayout } from "./sheet-layout";
import { CONTRACT_SHEET_TABLES } from "../plan/contract-names";

export const MARKER_PREFIX = "OmbudsmanScrutiny_";
const SHEET = `${MARKER_PREFIX}Sheet_`;
const TABLE = `${MARKER_PREFIX}Table_`;
const COUNCIL = `${MARKER_PREFIX}Council_`;

export const SHEET_KEYS: readonly SheetKey[] = [
  "keyStats",
  "flags",
  "peers",
  "caseload",
  "reconciliation",
  "packSummary",
  "packYears",
  "packComplaints",
  "packCases",
  "packPeers",
  "packSelfAssessment",
  "packImprovements",
];

export const MARKER_COMMENT = "Ombudsman Scrutiny: marks what the add-in wrote, so Refresh rewrites it in place. Please leave.";

/** Whether a name starts with a prefix, without regard to case, as Excel compares names. */
function startsWith(name: string, prefix: string): boolean {
  return name.toLowerCase().startsWith(prefix.toLowerCase());
}

export function sheetMarkerName(key: SheetKey): string {
  return `${SHEET}${key}`;
}

export function tableMarkerName(table: string): string {
  return `${TABLE}${table}`;
}

export function councilMarkerName(gss: string): string {
  if (!/^[A-Za-z0-9]+$/.test(gss)) throw new RangeError(`Not a GSS code: "${gss}"`);
  return `${COUNCIL}${gss}`;
}

export function isMarkerName(name: string): boolean {
  return startsWith(name, MARKER_PREFIX);
}

export function isCouncilMarkerName(name: string): boolean {
  return startsWith(name, COUNCIL);
}

/** Where a marker points; "lost" when its cells are gone (the sheet was deleted). */
export type MarkedPlace = { sheet: string; cells: CellBlock } | "lost";

export interface OwnershipMarker {
  sheets: Partial<Record<SheetKey, MarkedPlace>>;
  tables: Record<string, MarkedPlace>;
  /** GSS codes of the councils fetched into the workbook, in name order. */
  councils: string[];
}

export interface DefinedName {
  name: string;
  /** What it refers to, as Excel writes it: "=Ombudsman!$A$1:$P$20", "=#REF!". */
  formula: string;
}

/** One name of the marker as a renderer writes it: the cells it refers to, on the sheet named. */
export interface MarkerEntry {
  name: string;
  sheet: string;
  cells: CellBlock;
}

/**
 * The marker of a plan written to `sheets` (laid out as `layouts`): each sheet's block, each
 * table's range, and one name per council on the first cell of the key-statistics sheet (else
 * the first sheet written).
 */
export function markerEntries(
  councils: readonly string[],
  sheets: readonly { key: SheetKey; name: string }[],
  layouts: ReadonlyMap<SheetKey, SheetLayout>,
): MarkerEntry[] {
  const entries: MarkerEntry[] = [];
  for (const sheet of sheets) {
    const layout = layouts.get(sheet.key)!;
    entries.push({ name: sheetMarkerName(sheet.key), sheet: sheet.name, cells: layout.region });
    for (const table of layout.tables) entries.push({ name: tableMarkerName(table.table.name), sheet: sheet.name, cells: table.cells });
  }
  const anchor = sheets.find((sheet) => sheet.key === "keyStats") ?? sheets[0];
  if (anchor) for (const gss of councils) entries.push({ name: councilMarkerName(gss), sheet: anchor.name, cells: block(0, 0, 1, 1) });
  return entries;
}

/** The marker in a workbook's defined names (names that are not the add-in's are ignored). */
export function readMarker(names: readonly DefinedName[]): OwnershipMarker {
  const marker: OwnershipMarker = { sheets: {}, tables: {}, councils: [] };
  for (const { name, formula } of names) {
    const place: MarkedPlace = parseSheetReference(formula) ?? "lost";
    if (startsWith(name, SHEET)) {
      const key = SHEET_KEYS.find((candidate) => sameName(candidate, name.slice(SHEET.length)));
      if (key) marker.sheets[key] = place;
    } else if (startsWith(name, TABLE)) {
      marker.tables[name.slice(TABLE.length)] = place;
    } else if (startsWith(name, COUNCIL)) {
      marker.councils.push(name.slice(COUNCIL.length).toUpperCase());
    }
  }
  marker.councils.sort();
  return marker;
}

/** The marker's entry for a table, matched without regard to case as Excel matches names. */
export function markedTable(marker: OwnershipMarker, table: string): MarkedPlace | undefined {
  const key = Object.keys(marker.tables).find((name) => sameName(name, table));
  return key === undefined ? undefined : marker.tables[key];
}

/**
 * The sheet the add-in owns for `key`, under its name now: the sheet holding one of that sheet's
 * tables where the table's own mark points too. A defined name alone never makes a sheet the
 * add-in's: an analyst's name that looks like the marker (copied from another workbook, or
 * typed) must not get their sheet cleared and rewritten.
 */
export function ownedSheet(
  marker: OwnershipMarker,
  key: SheetKey,
  workbook: { sheets: readonly { name: string }[]; tables: readonly { name: string; sheet: string }[] },
): string | undefined {
  const tableNames = CONTRACT_SHEET_TABLES[key];
  const holdsMarkedTable = (sheet: string) =>
    tableNames.some((name) => {
      const table = workbook.tables.find((t) => sameName(t.name, name));
      const marked = markedTable(marker, name);
      return table !== undefined && marked !== undefined && marked !== "lost" && sameName(table.sheet, sheet) && sameName(marked.sheet, sheet);
    });
  const place = marker.sheets[key];
  const candidates = [place === undefined || place === "lost" ? undefined : place.sheet, ...tableNames.map((name) => workbook.tables.find((t) => sameName(t.name, name))?.sheet)];
  for (const candidate of candidates) {
    if (candidate === undefined || !holdsMarkedTable(candidate)) continue;
    const sheet = workbook.sheets.find((s) => sameName(s.name, candidate));
    if (sheet) return sheet.name;
  }
  return undefined;
}
