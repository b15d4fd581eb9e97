// The names of the sheets and tables the add-in writes (docs/design.md §5), in one list: a renderer's
// read looks these up before it knows the plan (the rows already in each table, whether a sheet
// of that name is empty).
import { CASELOAD_SHEET, CASELOAD_TABLE } from "./caseload-sheet";
import { FLAGS_SHEET, FLAGS_TABLE } from "./flags-sheet";
import { KEY_STATS_SHEET, KEY_STATS_TABLE } from "./key-stats-sheet";
import { PACK_CASES_TABLE, PACK_RECONCILIATION_TABLE } from "./pack/pack-cases-sheet";
import { PACK_FUNNEL_TABLE, PACK_NOT_ACCEPTED_TABLE, PACK_SERVICES_TABLE, PACK_TIMELINESS_TABLE } from "./pack/pack-complaints-sheet";
import { PACK_GOVERNANCE_TABLE, PACK_IMPROVEMENTS_TABLE } from "./pack/pack-improvements-sheet";
import { PACK_SHEETS, PACK_TABLES } from "./pack/pack-names";
import { PACK_PEERS_TABLE } from "./pack/pack-peers-sheet";
import { PACK_SELF_ASSESSMENT_TABLE } from "./pack/pack-self-assessment-sheet";
import { PACK_HEADLINES_TABLE, PACK_SENTENCES_TABLE } from "./pack/pack-summary-sheet";
import { PACK_YEARS_TABLE } from "./pack/pack-years-sheet";
import { PEERS_SHEET, PEERS_TABLE } from "./peers-sheet";
import { ESCALATION_TABLE, RECONCILIATION_TABLE, RECORDS_SHEET } from "./records-sheet";
import type { SheetKey } from "./plan";

export const CONTRACT_SHEETS: readonly string[] = [KEY_STATS_SHEET, FLAGS_SHEET, PEERS_SHEET, CASELOAD_SHEET, RECORDS_SHEET, ...PACK_SHEETS];

export const CONTRACT_TABLES: readonly string[] = [KEY_STATS_TABLE, FLAGS_TABLE, PEERS_TABLE, CASELOAD_TABLE, RECONCILIATION_TABLE, ESCALATION_TABLE, ...PACK_TABLES];

/** The tables on each of the add-in's sheets: a sheet is the add-in's only where they are (rendering/ownership-marker.ts). */
export const CONTRACT_SHEET_TABLES: Readonly<Record<SheetKey, readonly string[]>> = {
  keyStats: [KEY_STATS_TABLE],
  flags: [FLAGS_TABLE],
  peers: [PEERS_TABLE],
  caseload: [CASELOAD_TABLE],
  reconciliation: [RECONCILIATION_TABLE, ESCALATION_TABLE],
  packSummary: [PACK_HEADLINES_TABLE, PACK_SENTENCES_TABLE],
  packYears: [PACK_YEARS_TABLE],
  packComplaints: [PACK_FUNNEL_TABLE, PACK_TIMELINESS_TABLE, PACK_SERVICES_TABLE, PACK_NOT_ACCEPTED_TABLE],
  packCases: [PACK_CASES_TABLE, PACK_RECONCILIATION_TABLE],
  packPeers: [PACK_PEERS_TABLE],
  packSelfAssessment: [PACK_SELF_ASSESSMENT_TABLE],
  packImprovements: [PACK_IMPROVEMENTS_TABLE, PACK_GOVERNANCE_TABLE],
};
