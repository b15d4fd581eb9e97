// What a sheet plan says it will write, read back by column name for the pane: the flags it
// lists and the years it holds for a council. The flags panel shows exactly what the
// `OmbudsmanFlags` table holds (records-mismatch flags from the council's own records included).
import { FLAG_ORDER, type FlagSeverity } from "../../domain/types";
import { compareYears } from "../../domain/years";
import { FLAGS_TABLE } from "../plan/flags-sheet";
import { KEY_STATS_TABLE } from "../plan/key-stats-sheet";
import type { PaneFlag } from "./pane-api";
import type { CellValue, PlanTable, SheetPlan } from "../plan/plan";

function tableNamed(plan: SheetPlan, name: string): PlanTable | undefined {
  for (const sheet of plan.sheets) for (const table of sheet.tables) if (table.name === name) return table;
  return undefined;
}

/** The table's body rows as objects keyed by column name. */
function rowsOf(table: PlanTable | undefined): Record<string, CellValue>[] {
  if (table === undefined) return [];
  return table.rows.map((row) => Object.fromEntries(table.columns.map((column, i) => [column.name, row[i] ?? null])));
}

const text = (value: CellValue | undefined): string => (value === null || value === undefined ? "" : String(value));
const SEVERITIES: readonly FlagSeverity[] = ["scrutinise", "watch", "info"];

/** Every flag the plan writes to `OmbudsmanFlags`, or only `council`'s. */
export function planFlags(plan: SheetPlan, council?: string): PaneFlag[] {
  return rowsOf(tableNamed(plan, FLAGS_TABLE))
    .map((row) => ({
      council: text(row.Council),
      year: text(row.Year),
      id: text(row.Flag),
      severity: (SEVERITIES as readonly string[]).includes(text(row.Severity)) ? (text(row.Severity) as FlagSeverity) : "info",
      message: text(row.Detail),
      evidence: text(row.Evidence),
    }))
    .filter((flag) => council === undefined || flag.council === council);
}

/** Years the plan writes to `OmbudsmanKeyStats` for the council, oldest first. */
export function planYears(plan: SheetPlan, council: string): string[] {
  const years = rowsOf(tableNamed(plan, KEY_STATS_TABLE))
    .filter((row) => text(row.Council) === council)
    .map((row) => text(row.Year));
  return [...new Set(years)].sort(compareYears);
}

/** Councils the plan writes to `OmbudsmanKeyStats`, in the sheet's order. */
export function planCouncils(plan: SheetPlan): string[] {
  return [...new Set(rowsOf(tableNamed(plan, KEY_STATS_TABLE)).map((row) => text(row.Council)))];
}

const rank = (id: string): number => {
  const at = (FLAG_ORDER as readonly string[]).indexOf(id);
  return at < 0 ? FLAG_ORDER.length : at;
};

/**
 * The order the flags panel lists flags in: compliance below 100% first (LGSCO asks councils
 * to scrutinise every such case), then the latest year first, DESIGN §3 order within a year.
 */
export function panelOrder(flags: readonly PaneFlag[]): PaneFlag[] {
  const compliance = (flag: PaneFlag): number => (flag.id === "compliance-below-100" ? 0 : 1);
  return [...flags].sort(
    (a, b) => compliance(a) - compliance(b) || compareYears(b.year, a.year) || rank(a.id) - rank(b.id) || a.council.localeCompare(b.council),
  );
}
