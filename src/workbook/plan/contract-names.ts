// The names of the sheets and tables the add-in writes (DESIGN §5), in one list: a renderer's
// read looks these up before it knows the plan (the rows already in each table, whether a sheet
// of that name is empty).
import { CASELOAD_SHEET, CASELOAD_TABLE } from "./caseload-sheet";
import { FLAGS_SHEET, FLAGS_TABLE } from "./flags-sheet";
import { KEY_STATS_SHEET, KEY_STATS_TABLE } from "./key-stats-sheet";
import { PEERS_SHEET, PEERS_TABLE } from "./peers-sheet";
import { ESCALATION_TABLE, RECONCILIATION_TABLE, RECORDS_SHEET } from "./records-sheet";
import type { SheetKey } from "./plan";

export const CONTRACT_SHEETS: readonly string[] = [KEY_STATS_SHEET, FLAGS_SHEET, PEERS_SHEET, CASELOAD_SHEET, RECORDS_SHEET];

export const CONTRACT_TABLES: readonly string[] = [KEY_STATS_TABLE, FLAGS_TABLE, PEERS_TABLE, CASELOAD_TABLE, RECONCILIATION_TABLE, ESCALATION_TABLE];

/** The tables on each of the add-in's sheets: a sheet is the add-in's only where they are (rendering/ownership-marker.ts). */
export const CONTRACT_SHEET_TABLES: Readonly<Record<SheetKey, readonly string[]>> = {
  keyStats: [KEY_STATS_TABLE],
  flags: [FLAGS_TABLE],
  peers: [PEERS_TABLE],
  caseload: [CASELOAD_TABLE],
  reconciliation: [RECONCILIATION_TABLE, ESCALATION_TABLE],
};
