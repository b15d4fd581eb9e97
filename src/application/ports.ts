// What the jobs need from the outside, as plain interfaces: the figures held, the live pull,
// and a renderer that reads a workbook, asks for the plan built for it and writes it. The
// pane (Office), the CLI (exceljs) and the bench (the in-memory host) each supply their own.
import type { Register } from "../domain/register";
import type { AuthorityType, SimilarAverages, YearFigures, Authority } from "../domain/types";
import type { CouncilFigures } from "../sources/live/council-figures";
import type { CouncilPlanRequest } from "../workbook/plan/plan-for-councils";
import type { SheetPlan } from "../workbook/plan/plan";
import type { WorkbookState } from "../workbook/rendering/existing-workbook";

/** Every figure held: the embedded dataset, or the figures store with its pages and letters. */
export interface FiguresHeld {
  readonly register: Register;
  /** ISO date the held figures are as of (the embedded dataset's). */
  readonly asOf: string;
  /** A council's years, one record per year, merged from every source held. */
  figuresFor(gss: string): YearFigures[];
  similarAverages(type: AuthorityType, year: string): SimilarAverages | undefined;
}

/** A council's years for a job: the held ones, with LGSCO's page over them when the live pull is on. */
export type FiguresOf = (authority: Authority) => Promise<CouncilFigures>;

/** Reads the workbook, builds the plan for what it holds (one call), writes it. */
export interface PlanRenderer {
  render(planFor: (state: WorkbookState) => SheetPlan | Promise<SheetPlan>): Promise<{ notes: string[] }>;
}

/** A change to every plan request of a job: the council's own register, a peer set … */
export type PlanAddition = (request: CouncilPlanRequest) => CouncilPlanRequest;

export interface JobProgress {
  label: string;
  done: number;
  total: number;
}

export interface JobContext {
  figures: FiguresHeld;
  figuresOf: FiguresOf;
  /** Whether `figuresOf` reads LGSCO's page (progress says so). */
  livePull: boolean;
  renderer: PlanRenderer;
  progress?: (progress: JobProgress) => void;
}
