// What the sheet plan is built from: the councils fetched into the workbook, each with its
// published figures and flags for the years in range, and the councils held for comparison.
import type { CouncilYear } from "../../domain/comparisons";
import type { EscalationRow, OwnComplaint, RecordableMeasure } from "../../domain/own-records";
import type { ReconciliationRow } from "../../domain/reconciliation";
import type { Authority, Flag, YearFigures } from "../../domain/types";

/** The council's own complaints register, read (sources/records/complaints-register.ts). */
export interface OwnRecords {
  complaints: OwnComplaint[];
  /** Where it was read from, in the analyst's words: `"Register" A4:L120 in this workbook`, `own.xlsx, sheet "Log"`. */
  source: string;
  /** How many problems reading it found (each named where it was read: the pane, the CLI's stderr). */
  problemCount: number;
  /** Measures the register has no column for ("not recorded": empty cells and a note, never 0). */
  notRecorded?: RecordableMeasure[];
}

/** A council's own records set beside its published figures: the `Ombudsman vs records` sheet. */
export interface OwnRecordsInPlan {
  source: string;
  problemCount: number;
  /** One row per year and measure, for the years in range the register reaches. */
  reconciliation: ReconciliationRow[];
  /** One row per year of the date received, for the years in range. */
  escalation: EscalationRow[];
  /** References without a date received, in no year's escalation. */
  undated: string[];
  /** Measures the register has no column for: empty cells and a note, never 0. */
  notRecorded?: RecordableMeasure[];
}

export interface CouncilInPlan {
  authority: Authority;
  /** The council's published figures, one record per year, for the years in range. */
  years: YearFigures[];
  /** Flags on those years (from the scrutiny engine, and `records-mismatch` from the council's own records). */
  flags: Flag[];
  /** The council's own register beside its published figures, when one was given. */
  ownRecords?: OwnRecordsInPlan;
}

/** How the peers sheet compares (planForCouncils fills it from the settings and the register). */
export interface PeerOptions {
  /** A rank only among at least this many councils holding the figure (FlagSettings.peerRankMinimum). */
  minimumRanked: number;
  /** Every council in the register, to say how many of a type existed in a year. */
  register: readonly Authority[];
  /** The analyst's own peer sets, by the GSS code of the council each is for. */
  sets?: Readonly<Record<string, readonly Authority[]>>;
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
  /** Absent: ranks need 10 councils holding the figure, among the councils of the same type. */
  peers?: PeerOptions;
}
