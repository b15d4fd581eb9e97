// `Pack self-assessment`: table `PackSelfAssessment`, one row per section of LGSCO's Complaint
// Handling Code with what it asks summarised in our own words; the analyst fills in Comply,
// Evidence and Commentary, and a rebuild keeps what they typed (rows matched by Section).
import { textCell, toTableBody } from "../cell-formats";
import type { PlanColumn, PlanSheet } from "../plan";
import { sheetHeader } from "../sheet-header";
import type { PackContext } from "./pack-input";

export const PACK_SELF_ASSESSMENT_SHEET = "Pack self-assessment";
export const PACK_SELF_ASSESSMENT_TABLE = "PackSelfAssessment";

export const CODE_SOURCE =
  "LGSCO, Complaint Handling Code (February 2024; used in LGSCO investigations from 1 April 2026): section headings as in Bassetlaw District Council's LGSCO Code self-assessment, October 2024 (https://bassetlaw.gov.uk/council-housing/self-assessment-and-annual-complaints/lgsco-complaint-handling-code-self-assessment-october-2024-1)";

const COLUMNS: readonly PlanColumn[] = [
  { name: "Section", width: 30 },
  { name: "Requirement", width: 60 },
  { name: "Comply", width: 9 },
  { name: "Evidence", width: 40 },
  { name: "Commentary", width: 40 },
];

/** The Code's sections and, in our words, what each asks of the council. */
export const CODE_SECTIONS: readonly (readonly [section: string, requirement: string])[] = [
  ["1. Definition of a service request and complaint", "We tell a request for a service apart from a complaint, define both in our policy, and treat any expression of dissatisfaction as a complaint when the person wants it so."],
  ["2. Exclusions", "Our policy says which matters we will not take as complaints, the reasons are fair, and we explain a refusal and how to go to the Ombudsman."],
  ["3. Accessibility and awareness", "People can complain in several ways, we make reasonable adjustments, and we publicise the procedure and the Ombudsman."],
  ["4. Complaint handling resources", "Complaint handling has named, trained and sufficient staff with the authority to put things right."],
  ["5. The complaint handling process", "One policy covers complaints under the Code, with two stages, and each complaint is logged and acknowledged within 5 working days."],
  ["6. Complaint stages", "Stage 1 is answered within 10 working days and stage 2 within 20, by someone not involved at stage 1; extensions are explained and limited."],
  ["7. Putting things right", "Where we got something wrong we say so and put it right: an apology, action, a remedy, in line with the Ombudsman's guidance on remedies."],
  ["8. Continuous learning and improvement", "We learn from complaints, report yearly to the governing body on performance, the self-assessment and improvements made (8.1), and a named member and officer oversee complaint handling."],
];

export function packSelfAssessmentSheet(context: PackContext): PlanSheet {
  const rows = CODE_SECTIONS.map(([section, requirement]) => [textCell(section), textCell(requirement), textCell(undefined), textCell(undefined), textCell(undefined)]);
  return {
    key: "packSelfAssessment",
    name: PACK_SELF_ASSESSMENT_SHEET,
    header: sheetHeader({
      title: `Committee pack ${context.year}: self-assessment against the Complaint Handling Code`,
      councils: context.inPlan,
      sources: [CODE_SOURCE],
      asOf: context.request.asOf,
      note: "Requirements are summarised in our own words: read the Code for its exact terms. Fill in Comply (Yes, No or Partly), Evidence and Commentary; rebuilding the pack keeps what you typed.",
    }),
    tables: [
      {
        name: PACK_SELF_ASSESSMENT_TABLE,
        columns: [...COLUMNS],
        ...toTableBody(rows),
        highlights: [],
        rowKey: { columns: ["Section"], gone: "blank" },
        analystColumns: ["Comply", "Evidence", "Commentary"],
      },
    ],
    charts: [],
  };
}
