// Hands a plan to the renderer and says which side of the first write a failure came: a
// failure before the plan was built (reading the workbook, planning, a name clash) left the
// workbook as it was; one after it is a WriteFailure.
import { RenderConflictError } from "../workbook/rendering/render-targets";
import type { SheetPlan } from "../workbook/plan/plan";
import type { WorkbookState } from "../workbook/rendering/existing-workbook";
import { WriteFailure } from "./job-errors";
import type { PlanRenderer } from "./ports";

export async function writePlan<T extends { plan: SheetPlan }>(
  renderer: PlanRenderer,
  planFor: (state: WorkbookState) => T | Promise<T>,
): Promise<{ planned: T; notes: string[] }> {
  let planned: T | undefined;
  try {
    // Synchronous when the planning is: the exceljs renderer takes a plain plan.
    const { notes } = await renderer.render((state) => {
      const made = planFor(state);
      if (!(made instanceof Promise)) return (planned = made).plan;
      return made.then((ready) => (planned = ready).plan);
    });
    if (planned === undefined) throw new Error("The renderer did not ask for the plan.");
    return { planned, notes };
  } catch (error) {
    // A name clash is found before the first write; anything else after the plan may have written part of it.
    if (planned === undefined || error instanceof RenderConflictError || error instanceof WriteFailure) throw error;
    throw new WriteFailure(error);
  }
}
