// `Pack improvements`: the service improvements made from complaints and the governing body's
// response, headed and empty for the analyst; what they type is kept when the pack is rebuilt.
import type { PlanColumn, PlanSheet, PlanTable } from "../plan";
import { sheetHeader } from "../sheet-header";
import type { PackContext } from "./pack-input";

export const PACK_IMPROVEMENTS_SHEET = "Pack improvements";
export const PACK_IMPROVEMENTS_TABLE = "PackImprovements";
export const PACK_GOVERNANCE_TABLE = "PackGovernanceResponse";

const IMPROVEMENT_COLUMNS: readonly PlanColumn[] = [
  { name: "Service", width: 24 },
  { name: "What complaints showed", width: 40 },
  { name: "Improvement made", width: 40 },
  { name: "Date", width: 11 },
  { name: "Complaint or LGSCO reference", width: 18 },
];

const GOVERNANCE_COLUMNS: readonly PlanColumn[] = [
  { name: "Committee or member", width: 28 },
  { name: "Date", width: 11 },
  { name: "Response", width: 60 },
  { name: "Actions agreed", width: 40 },
];

function analystTable(name: string, columns: readonly PlanColumn[]): PlanTable {
  return { name, columns: [...columns], rows: [], numberFormats: [], highlights: [], analystColumns: columns.map((column) => column.name) };
}

export function packImprovementsSheet(context: PackContext): PlanSheet {
  return {
    key: "packImprovements",
    name: PACK_IMPROVEMENTS_SHEET,
    header: sheetHeader({
      title: `Committee pack ${context.year}: service improvements and the governance response`,
      councils: context.inPlan,
      sources: [],
      asOf: context.request.asOf,
      note: "For you to complete: the improvements made from complaints, and the governing body's response to this report. Rebuilding the pack keeps every row you typed.",
    }),
    tables: [analystTable(PACK_IMPROVEMENTS_TABLE, IMPROVEMENT_COLUMNS), analystTable(PACK_GOVERNANCE_TABLE, GOVERNANCE_COLUMNS)],
    charts: [],
  };
}
