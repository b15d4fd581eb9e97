// The sheet plan for the councils in a workbook: what Fetch my council, Refresh comparisons and
// `cli fetch` write. Pure: the renderers (Office, xlsx) decide how.
import { caseloadSheet } from "./caseload-sheet";
import { flagsSheet } from "./flags-sheet";
import { keyStatsSheet } from "./key-stats-sheet";
import { peersSheet } from "./peers-sheet";
import type { SheetPlan } from "./plan";
import type { PlanInput } from "./plan-input";
import { hasOwnRecords, recordsSheet } from "./records-sheet";

export function buildSheetPlan(input: PlanInput): SheetPlan {
  return {
    sheets: [
      keyStatsSheet(input),
      flagsSheet(input),
      peersSheet(input),
      caseloadSheet(input),
      // Only with a register: a workbook without one gets no empty sheet, and one written before is left as it was.
      ...(hasOwnRecords(input) ? [recordsSheet(input)] : []),
    ],
    activate: "keyStats",
    councils: input.councils.map((council) => council.authority.gss),
    asOf: input.asOf,
  };
}
