// Refresh comparisons, the one job behind the pane's button, the ribbon command and the bench:
// every council the workbook holds, rewritten from the figures held (and LGSCO's pages when the
// live pull is on), each keeping exactly the years it has rows for. The councils are known
// only from the workbook, so they are read, fetched and written within the renderer's one read
// and one write.
import type { Authority } from "../domain/types";
import type { CouncilFigures } from "../sources/live/council-figures";
import { councilYears } from "../workbook/plan/council-years";
import { councilsWithWorkbook, planWorkbook, type PlannedWorkbook } from "../workbook/plan/plan-for-councils";
import { asOfDate, heldWith, planRequest, type PlanChoices } from "./figures-held";
import { NothingToRefreshError } from "./job-errors";
import type { JobContext } from "./ports";
import { writePlan } from "./write-plan";

export interface RefreshRequest extends PlanChoices {
  /** GSS code of the council to chart when it is in the workbook (the pane's chosen council). */
  chartCouncil?: string;
}

export interface RefreshOutcome {
  councils: Authority[];
  planned: PlannedWorkbook;
  /** Each council's figures as read for this Refresh, by GSS code. */
  fetched: ReadonlyMap<string, CouncilFigures>;
  asOf: string;
  notes: string[];
}

export async function refreshComparisons(request: RefreshRequest, context: JobContext): Promise<RefreshOutcome> {
  const progress = context.progress ?? (() => undefined);
  const fetched = new Map<string, CouncilFigures>();
  let councils: Authority[] = [];
  let asOf = context.figures.asOf;
  let total = 2;
  progress({ label: "Reading the workbook", done: 0, total: 2 });
  const { planned, notes } = await writePlan(context.renderer, async (state) => {
    councils = councilsWithWorkbook([], state.councils, context.figures.register.all());
    if (councils.length === 0) throw new NothingToRefreshError();
    total = councils.length + 2;
    for (const [i, authority] of councils.entries()) {
      const label = context.livePull ? `Reading LGSCO's page for ${authority.name} (${i + 1} of ${councils.length})` : `Reading the figures for ${authority.name}`;
      progress({ label, done: i + 1, total });
      fetched.set(authority.gss, await context.figuresOf(authority));
    }
    progress({ label: "Writing the sheets", done: total - 1, total });
    const held = heldWith(context.figures, fetched.values());
    asOf = asOfDate(context.figures, fetched.values());
    const chartCouncil = councils.some((council) => council.gss === request.chartCouncil) ? request.chartCouncil : undefined;
    return planWorkbook({
      ...planRequest(context.figures, held, asOf, councils, request),
      councilYears: councilYears({ kind: "refresh" }, councils, state.rowYears, held),
      ...(chartCouncil === undefined ? {} : { chartCouncil }),
    });
  });
  progress({ label: "Done", done: total, total });
  return { councils, planned, fetched, asOf, notes };
}
