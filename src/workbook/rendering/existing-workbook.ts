// What a renderer reads from a workbook before it writes (one sync in Excel): its sheets, tables
// and defined names, as plain data. From it come the WorkbookState a plan is built for and the
// targets the plan is written to.
import { sameName } from "./a1";
import { markedTable, ownedSheet, readMarker, SHEET_KEYS, type DefinedName, type MarkedPlace } from "./ownership-marker";
import type { CellValue, SheetKey } from "../plan/plan";
import { KEY_STATS_TABLE } from "../plan/key-stats-sheet";

export interface ExistingSheet {
  name: string;
  visible: boolean;
  /** Names of the charts on it. */
  charts: string[];
  /** True when it holds no cell, table or chart (read only for the contract's sheet names). */
  empty?: boolean;
}

export interface ExistingTable {
  name: string;
  sheet: string;
  bodyRows: number;
  columns: number;
  /** Its cells as read, header row first (read only for the contract's table names): rows stay where they are. */
  values?: CellValue[][];
}

export interface ExistingWorkbook {
  /** In tab order. */
  sheets: ExistingSheet[];
  activeSheet: string;
  tables: ExistingTable[];
  names: DefinedName[];
}

/** What the add-in already has in a workbook: Fetch adds a council to these, Refresh rebuilds them all. */
export interface WorkbookState {
  /** GSS codes of the councils fetched into the workbook. */
  councils: string[];
  /** The sheets it owns, by key, under their names now (an analyst may have renamed one). */
  sheets: Partial<Record<SheetKey, string>>;
  /**
   * The years each council has rows for in the add-in's OmbudsmanKeyStats, by the council's name
   * as written there (the year range's meaning: plan/council-years.ts).
   */
  rowYears: Record<string, string[]>;
}

export function workbookStateOf(existing: ExistingWorkbook): WorkbookState {
  const marker = readMarker(existing.names);
  const sheets: Partial<Record<SheetKey, string>> = {};
  for (const key of SHEET_KEYS) {
    const sheet = ownedSheet(marker, key, existing);
    if (sheet !== undefined) sheets[key] = sheet;
  }
  return { councils: marker.councils, sheets, rowYears: keyStatsYears(existing, markedTable(marker, KEY_STATS_TABLE)) };
}

/** Council → years in the add-in's key-statistics table, when it is where the marker says. */
function keyStatsYears(existing: ExistingWorkbook, marked: MarkedPlace | undefined): Record<string, string[]> {
  const table = existing.tables.find((t) => sameName(t.name, KEY_STATS_TABLE));
  if (!table?.values || marked === undefined || marked === "lost" || !sameName(marked.sheet, table.sheet)) return {};
  const header = (table.values[0] ?? []).map((cell) => String(cell ?? "").trim().toLowerCase());
  const council = header.indexOf("council");
  const year = header.indexOf("year");
  if (council < 0 || year < 0) return {};
  const years: Record<string, string[]> = {};
  for (const row of table.values.slice(1)) {
    const name = String(row[council] ?? "").trim();
    const held = String(row[year] ?? "").trim();
    if (name === "" || held === "") continue;
    const list = (years[name] ??= []);
    if (!list.includes(held)) list.push(held);
  }
  return years;
}
