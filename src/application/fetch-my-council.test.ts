import { describe, expect, it } from "vitest";
import { loadDataset } from "../sources/dataset/dataset";
import { councilFigures } from "../sources/live/council-figures";
import { RenderConflictError } from "../workbook/rendering/render-targets";
import { fetchMyCouncil } from "./fetch-my-council";
import { NoFiguresError, NothingToRefreshError, WriteFailure } from "./job-errors";
import type { JobContext, PlanRenderer } from "./ports";
import { refreshComparisons } from "./refresh-comparisons";
import type { WorkbookState } from "../workbook/rendering/existing-workbook";

const EMPTY: WorkbookState = { councils: [], sheets: {}, rowYears: {} };

async function context(renderer: PlanRenderer): Promise<JobContext> {
  const dataset = await loadDataset();
  return { figures: dataset, livePull: false, figuresOf: (authority) => councilFigures(authority, dataset), renderer };
}

const asksForThePlan = (state: WorkbookState, fail?: unknown): PlanRenderer => ({
  async render(planFor) {
    await planFor(state);
    if (fail !== undefined) throw fail;
    return { notes: [] };
  },
});

describe("the Fetch and Refresh jobs", () => {
  it("check the council has something to write before the renderer is asked", async () => {
    const dataset = await loadDataset();
    const harrow = dataset.register.lookup("Harrow");
    if (harrow.kind !== "found") throw new Error("Harrow is in the register");
    let asked = false;
    const job = fetchMyCouncil(
      { council: harrow.authority, years: { from: "2022-23", to: "2024-25" } },
      await context({ render: async () => ((asked = true), { notes: [] }) }),
    );
    const error = await job.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NoFiguresError);
    expect((error as NoFiguresError).heldYears).toEqual(["2019-20"]);
    expect(asked).toBe(false);
  });

  it("return the council's years and flags as planned, and tell a failure after planning from one before", async () => {
    const dataset = await loadDataset();
    const harrow = dataset.register.lookup("Harrow");
    if (harrow.kind !== "found") throw new Error("Harrow is in the register");
    const outcome = await fetchMyCouncil({ council: harrow.authority }, await context(asksForThePlan(EMPTY)));
    expect(outcome.planned.councils.map((council) => [council.authority.name, council.years])).toEqual([["London Borough of Harrow", ["2019-20"]]]);
    // Harrow 2019-20's two flags, as the flags sheet lists them, typed.
    expect(outcome.planned.councils[0]!.flags.map((flag) => flag.year)).toEqual(["2019-20", "2019-20"]);

    const broken = await fetchMyCouncil({ council: harrow.authority }, await context(asksForThePlan(EMPTY, new Error("sync failed")))).catch((caught: unknown) => caught);
    expect(broken).toBeInstanceOf(WriteFailure);
    const clash = new RenderConflictError(["The table name OmbudsmanKeyStats is the analyst's."]);
    const refused = await fetchMyCouncil({ council: harrow.authority }, await context(asksForThePlan(EMPTY, clash))).catch((caught: unknown) => caught);
    expect(refused).toBe(clash);
  });

  it("Refresh with no council of the add-in's in the workbook says so", async () => {
    const error = await refreshComparisons({}, await context(asksForThePlan(EMPTY))).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NothingToRefreshError);
  });
});
