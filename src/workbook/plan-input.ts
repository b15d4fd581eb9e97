// What the sheet plan is built from: the councils fetched into the workbook, each with its
// published figures and flags for the years in range, and the councils held for comparison.
import type { CouncilYear } from "../domain/comparisons";
import type { Authority, Flag, YearFigures } from "../domain/types";

export interface CouncilInPlan {
  authority: Authority;
  /** The council's published figures, one record per year, for the years in range. */
  years: YearFigures[];
  /** Flags on those years (from the scrutiny engine). */
  flags: Flag[];
}

export interface PlanInput {
  /** Every council fetched into the workbook. */
  councils: CouncilInPlan[];
  /** Figures held for other councils (and these ones) to compare with: any type, any year. */
  comparators: CouncilYear[];
  /** GSS code of the council whose Upheld % is charted; defaults to the first council. */
  chartCouncil?: string;
  /** ISO date the figures are as of. */
  asOf: string;
}
