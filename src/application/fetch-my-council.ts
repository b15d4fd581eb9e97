// Fetch my council, the one job behind the pane's button, `cli fetch` and the bench: read the
// council's figures (LGSCO's page over those held when the live pull is on), check it has
// something to write, and write the plan for the workbook as it is. The year range means one
// thing everywhere: the chosen council gets the chosen years; every other council in the
// workbook keeps exactly the years it has rows for (docs/design.md, "Fetch and Refresh").
import type { Authority } from "../domain/types";
import type { CouncilFigures } from "../sources/live/council-figures";
import { councilYears } from "../workbook/plan/council-years";
import { councilsWithWorkbook, planWorkbook, yearsToWrite, type PlannedWorkbook } from "../workbook/plan/plan-for-councils";
import type { WorkbookState } from "../workbook/rendering/existing-workbook";
import { asOfDate, heldWith, planRequest, type PlanChoices } from "./figures-held";
import { NoFiguresError } from "./job-errors";
import type { JobContext } from "./ports";
import { writePlan } from "./write-plan";

export interface FetchRequest extends PlanChoices {
  council: Authority;
}

export interface FetchOutcome {
  council: Authority;
  planned: PlannedWorkbook;
  /** The council's figures as read for this Fetch, with how the live pull went. */
  fetched: CouncilFigures;
  asOf: string;
  /** The workbook as the renderer read it before writing. */
  before: WorkbookState;
  /** For the analyst: a sheet name that was taken, a renamed sheet found. */
  notes: string[];
}

export async function fetchMyCouncil(request: FetchRequest, context: JobContext): Promise<FetchOutcome> {
  const { council } = request;
  const progress = context.progress ?? (() => undefined);
  const total = context.livePull ? 3 : 2;
  progress({ label: context.livePull ? `Reading LGSCO's page for ${council.name}` : "Loading the published figures", done: 0, total });
  const fetched = await context.figuresOf(council);
  const held = heldWith(context.figures, [fetched]);
  const asOf = asOfDate(context.figures, [fetched]);
  const base = planRequest(context.figures, held, asOf, [council], request);

  // The chosen council must have figures of its own, whatever else the workbook holds.
  if (yearsToWrite(base, council).length === 0) {
    const { years: _asked, ...everyYear } = base;
    const heldYears = yearsToWrite(everyYear, council);
    throw new NoFiguresError(council, request.years, heldYears, fetched.live, context.figures.asOf);
  }

  progress({ label: "Writing the sheets", done: total - 1, total });
  let before: WorkbookState = { councils: [], sheets: {}, rowYears: {} };
  const { planned, notes } = await writePlan(context.renderer, (state) => {
    before = state;
    const councils = councilsWithWorkbook([council], state.councils, context.figures.register.all());
    const job = { kind: "fetch" as const, council: council.gss, ...(request.years === undefined ? {} : { years: request.years }) };
    return planWorkbook({
      ...base,
      councils,
      councilYears: councilYears(job, councils, state.rowYears, held),
      chartCouncil: council.gss,
    });
  });
  progress({ label: "Done", done: total, total });
  return { council, planned, fetched, asOf, before, notes };
}
