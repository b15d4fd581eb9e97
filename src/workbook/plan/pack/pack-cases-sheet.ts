// `Pack Ombudsman cases`: LGSCO's decisions in the year as the register records them
// (reference, service, outcome, remedy, compliance), those not complied with first, and the
// register's counts set beside LGSCO's published ones for the year (domain/reconciliation.ts).
import { sourceLabel } from "../../../domain/figure-sources";
import { countByYear, LGSCO_OUTCOME_NAMES, type OwnComplaint } from "../../../domain/own-records";
import { reconcile } from "../../../domain/reconciliation";
import { yearOfDate } from "../../../domain/years";
import { countCell, textCell, toTableBody, type PlanCell } from "../cell-formats";
import type { PlanColumn, PlanSheet } from "../plan";
import { sheetHeader } from "../sheet-header";
import type { PackContext } from "./pack-input";

export const PACK_CASES_SHEET = "Pack Ombudsman cases";
export const PACK_CASES_TABLE = "PackOmbudsmanCases";
export const PACK_RECONCILIATION_TABLE = "PackReconciliation";

const CASES_COLUMNS: readonly PlanColumn[] = [
  { name: "Reference", width: 14 },
  { name: "LGSCO reference", width: 14 },
  { name: "Service", width: 26 },
  { name: "Decided", width: 11 },
  { name: "Outcome", width: 26 },
  { name: "Satisfactory remedy by the council", width: 14 },
  { name: "Remedy complied with", width: 12 },
  { name: "Compliance date", width: 12 },
];

const RECONCILIATION_COLUMNS: readonly PlanColumn[] = [
  { name: "Measure", width: 24 },
  { name: "LGSCO published", width: 10 },
  { name: "Our register", width: 10 },
  { name: "Difference", width: 10 },
  { name: "References to check", width: 30 },
  { name: "Notes", width: 60 },
  { name: "Source", width: 50 },
];

const yesNo = (value: boolean | undefined): string | undefined => (value === undefined ? undefined : value ? "Yes" : "No");

/** Decisions dated in the year: not complied with first, then by decision date. */
function decisionsInYear(complaints: readonly OwnComplaint[], year: string): OwnComplaint[] {
  const order = (complaint: OwnComplaint) => (complaint.remedyCompliedWith === false ? 0 : 1);
  return complaints
    .filter((complaint) => complaint.lgscoDecision !== undefined && complaint.lgscoDecisionDate !== undefined && yearOfDate(complaint.lgscoDecisionDate) === year)
    .sort((a, b) => order(a) - order(b) || a.lgscoDecisionDate!.localeCompare(b.lgscoDecisionDate!) || a.reference.localeCompare(b.reference));
}

function caseRow(complaint: OwnComplaint): PlanCell[] {
  return [
    textCell(complaint.reference),
    textCell(complaint.lgscoReference),
    textCell(complaint.service),
    textCell(complaint.lgscoDecisionDate),
    textCell(LGSCO_OUTCOME_NAMES[complaint.lgscoDecision!]),
    textCell(complaint.lgscoDecision === "upheld" ? yesNo(complaint.satisfactoryRemedy) : undefined),
    textCell(yesNo(complaint.remedyCompliedWith ?? (complaint.complianceDate === undefined ? undefined : true))),
    textCell(complaint.complianceDate),
  ];
}

export function packCasesSheet(context: PackContext): PlanSheet {
  const register = context.request.records;
  const complaints = register?.complaints ?? [];
  const cases = decisionsInYear(complaints, context.year).map(caseRow);
  // Without LGSCO columns the register counts no decision: no count to set beside LGSCO's, not 0.
  const reconciliation = register?.columns.lgsco
    ? reconcile(context.years, countByYear(complaints, register.notRecorded), { council: context.council.name, years: [context.year] }).map((row) => [
        textCell(row.measure),
        countCell(row.published),
        countCell(row.ours),
        { value: row.difference ?? null, format: "+0;-0;0" },
        textCell(row.referencesToCheck.join(", ")),
        textCell(row.notes.join(" ")),
        textCell(row.publishedSource ? sourceLabel(row.publishedSource) : undefined),
      ])
    : [];
  const note = register
    ? !register.columns.lgsco
      ? "The register has no LGSCO columns: an LGSCO decision and LGSCO decision date column would fill these tables."
      : `LGSCO decisions dated in ${context.year}, as our register records them: not complied with first. Difference is our register minus LGSCO's published count.`
    : "No complaints register was given: link it in the pane, or give --records R.xlsx to cli pack.";
  return {
    key: "packCases",
    name: PACK_CASES_SHEET,
    header: sheetHeader({
      title: `Committee pack ${context.year}: Ombudsman cases`,
      councils: context.inPlan,
      sources: register ? [`our register: ${register.source}`] : [],
      asOf: context.request.asOf,
      note,
    }),
    tables: [
      { name: PACK_CASES_TABLE, columns: [...CASES_COLUMNS], ...toTableBody(cases), highlights: [] },
      { name: PACK_RECONCILIATION_TABLE, columns: [...RECONCILIATION_COLUMNS], ...toTableBody(reconciliation), highlights: [] },
    ],
    charts: [],
  };
}
