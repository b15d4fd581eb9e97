// The `Ombudsman vs records` sheet: LGSCO's published counts beside the council's own register.
// Table `OmbudsmanReconciliation` (one row per council, year and measure: published, ours, the
// difference ours − published and the references to check) and, below it, table
// `OmbudsmanEscalation` (one row per council and year of the date received: how complaints moved
// from stage 1 to LGSCO). Only councils with a register linked have rows.
import { boundedList } from "../../domain/bounded-list";
import { sourceLabel } from "../../domain/figure-sources";
import type { EscalationRow } from "../../domain/own-records";
import { recordsMismatchFlags, type ReconciliationRow } from "../../domain/reconciliation";
import { countCell, percentAsFraction, textCell, toTableBody, type PlanCell } from "./cell-formats";
import type { FlagHighlight, PlanColumn, PlanSheet } from "./plan";
import { byCouncilName } from "./key-stats-sheet";
import type { CouncilInPlan, OwnRecordsInPlan, PlanInput } from "./plan-input";
import { sheetHeader } from "./sheet-header";

export const RECORDS_SHEET = "Ombudsman vs records";
export const RECONCILIATION_TABLE = "OmbudsmanReconciliation";
export const ESCALATION_TABLE = "OmbudsmanEscalation";

export const RECONCILIATION_COLUMNS: readonly PlanColumn[] = [
  { name: "Council", width: 34 },
  { name: "Year", width: 9 },
  { name: "Measure", width: 24 },
  { name: "Published", width: 10 },
  { name: "Our records", width: 12 },
  { name: "Difference", width: 11 },
  { name: "References to check", width: 40 },
  { name: "Flag", width: 17 },
  { name: "Notes", width: 90 },
  { name: "Source", width: 60 },
];

export const ESCALATION_COLUMNS: readonly PlanColumn[] = [
  { name: "Council", width: 34 },
  { name: "Year", width: 9 },
  { name: "Stage 1", width: 9 },
  { name: "Stage 2", width: 9 },
  { name: "Stage 2 %", width: 10 },
  { name: "Reached LGSCO", width: 14 },
  { name: "Reached LGSCO %", width: 16 },
  { name: "Investigated", width: 12 },
  { name: "Investigated %", width: 14 },
];

/** A signed whole number, so a gap reads as +1 or -1 and agreement as 0. */
export const DIFFERENCE_FORMAT = "+0;-0;0";
/** Escalation rates are our own arithmetic, unrounded: shown to one decimal. */
export const ESCALATION_RATE_FORMAT = "0.0%";

/** The Difference cell turns amber on a row whose difference is flagged. */
const MISMATCH_HIGHLIGHT: FlagHighlight = { column: "Difference", flagsColumn: "Flag", flagId: "records-mismatch", severity: "watch" };

const differenceCell = (difference: number | undefined): PlanCell => ({ value: difference ?? null, format: DIFFERENCE_FORMAT });
const rateCell = (rate: number | undefined): PlanCell => ({ value: percentAsFraction(rate), format: ESCALATION_RATE_FORMAT });

function reconciliationRow(row: ReconciliationRow): PlanCell[] {
  // Flagged exactly where the scrutiny engine raises records-mismatch (not on a year covered in part).
  const flagged = recordsMismatchFlags([row]).length > 0;
  return [
    textCell(row.council),
    textCell(row.year),
    textCell(row.measure),
    countCell(row.published),
    countCell(row.ours),
    differenceCell(row.difference),
    textCell(boundedList(row.referencesToCheck)),
    textCell(flagged ? "records-mismatch" : undefined),
    textCell(boundedList(row.notes, 8_000, " ")),
    textCell(row.publishedSource ? sourceLabel(row.publishedSource) : undefined),
  ];
}

function escalationRow(council: string, row: EscalationRow): PlanCell[] {
  return [
    textCell(council),
    textCell(row.year),
    countCell(row.stage1),
    countCell(row.stage2),
    rateCell(row.stage2Rate),
    countCell(row.reachedLgsco),
    rateCell(row.reachedLgscoRate),
    countCell(row.investigated),
    rateCell(row.investigatedRate),
  ];
}

type CouncilWithRecords = CouncilInPlan & { ownRecords: OwnRecordsInPlan };

/** Councils with a register, by name (as on the key statistics). */
function councilsWithRecords(input: PlanInput): CouncilWithRecords[] {
  return input.councils.filter((council): council is CouncilWithRecords => council.ownRecords !== undefined).sort(byCouncilName);
}

/** True when the plan has a register to set beside the published figures. */
export function hasOwnRecords(input: PlanInput): boolean {
  return input.councils.some((council) => council.ownRecords !== undefined);
}

function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

export function recordsSheet(input: PlanInput): PlanSheet {
  const councils = councilsWithRecords(input);
  const reconciliation = councils.flatMap((council) => council.ownRecords.reconciliation.map(reconciliationRow));
  const escalation = councils.flatMap((council) => council.ownRecords.escalation.map((row) => escalationRow(council.authority.name, row)));

  const published = councils.flatMap((council) =>
    council.ownRecords.reconciliation.flatMap((row) => (row.publishedSource ? [sourceLabel(row.publishedSource)] : [])),
  );
  const registers = councils.map(({ ownRecords }) => {
    const problems = ownRecords.problemCount === 0 ? "" : ` (${plural(ownRecords.problemCount, "problem")} reading it)`;
    return `our register: ${ownRecords.source}${problems}`;
  });
  const undated = councils.reduce((sum, council) => sum + council.ownRecords.undated.length, 0);
  // Not recorded is not zero: say which counts a register could not give (issue 12).
  const notRecorded = councils.flatMap(({ authority, ownRecords }) =>
    ownRecords.notRecorded === undefined || ownRecords.notRecorded.length === 0
      ? []
      : [`${authority.name}'s register has no column for ${ownRecords.notRecorded.join(", ")}: not recorded, so those cells are empty, never 0, and not compared.`],
  );

  return {
    key: "reconciliation",
    name: RECORDS_SHEET,
    header: sheetHeader({
      title: "Ombudsman Scrutiny: LGSCO's figures beside our own records",
      councils,
      sources: [...new Set(published), ...registers],
      asOf: input.asOf,
      note: [
        "Difference is our records minus the published figure, counted by LGSCO decision date in LGSCO's year (1 April to 31 March);",
        "a year our register covers only in part is shown but not flagged.",
        "References to check: decisions dated near 1 April, recorded inconsistently or repeated in the register.",
        "Escalation follows each year's complaints by date received: Stage 2 % and Reached LGSCO % are of stage 1, Investigated % of those that reached LGSCO.",
        ...notRecorded,
        ...(undated > 0 ? [`${plural(undated, "complaint has", "complaints have")} no date received and ${undated === 1 ? "is" : "are"} in no year's escalation.`] : []),
      ].join(" "),
    }),
    tables: [
      { name: RECONCILIATION_TABLE, columns: [...RECONCILIATION_COLUMNS], ...toTableBody(reconciliation), highlights: [MISMATCH_HIGHLIGHT], rowKey: { columns: ["Council", "Year", "Measure"], gone: "blank" } },
      { name: ESCALATION_TABLE, columns: [...ESCALATION_COLUMNS], ...toTableBody(escalation), highlights: [], rowKey: { columns: ["Council", "Year"], gone: "blank" } },
    ],
    charts: [],
  };
}
