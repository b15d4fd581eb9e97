// The committee pack (issue 14) as a sheet plan: the `Pack …` sheets for one council and one
// LGSCO year, drawn by both renderers and read by the Word report. Pure.
import type { SheetPlan } from "../plan";
import { packCasesSheet } from "./pack-cases-sheet";
import { packComplaintsSheet } from "./pack-complaints-sheet";
import { packImprovementsSheet } from "./pack-improvements-sheet";
import { packContext, type PackRequest } from "./pack-input";
import { packPeersSheet } from "./pack-peers-sheet";
import { packSelfAssessmentSheet } from "./pack-self-assessment-sheet";
import { packSummarySheet } from "./pack-summary-sheet";
import { packYearsSheet } from "./pack-years-sheet";

export interface PackPlan {
  plan: SheetPlan;
  council: string;
  year: string;
}

/** The pack's plan; PlanRequestError when no figures are held for the council or the year. */
export function planForPack(request: PackRequest): PackPlan {
  const context = packContext(request);
  // The workbook's other councils stay in its marker: the pack adds no council and removes none.
  const councils = [...new Set([...(request.workbookCouncils ?? []), request.council.gss])].sort();
  return {
    council: request.council.name,
    year: context.year,
    plan: {
      sheets: [
        packSummarySheet(context),
        packYearsSheet(context),
        packComplaintsSheet(context),
        packCasesSheet(context),
        packPeersSheet(context),
        packSelfAssessmentSheet(context),
        packImprovementsSheet(context),
      ],
      activate: "packSummary",
      councils,
      asOf: request.asOf,
    },
  };
}
