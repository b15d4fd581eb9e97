// `Pack years`: table `PackYears`, every year held for the council with the similar
// authorities' averages, and where LGSCO changed its method (docs/design.md §1's comparability
// periods) the year marked, so no one reads a change of method as a change in the council.
import { publishedInvestigations } from "../../../domain/published-counts";
import type { YearFigures } from "../../../domain/types";
import { comparabilityPeriod, previousYear } from "../../../domain/years";
import { countCell, per100kCell, percentCell, textCell, toTableBody, type PlanCell } from "../cell-formats";
import type { PlanColumn, PlanSheet } from "../plan";
import { recordSources, sheetHeader } from "../sheet-header";
import { keyStatsRowSources } from "../key-stats-sheet";
import type { PackContext } from "./pack-input";

export const PACK_YEARS_SHEET = "Pack years";
export const PACK_YEARS_TABLE = "PackYears";

const COLUMNS: readonly PlanColumn[] = [
  { name: "Year", width: 9 },
  { name: "Investigations", width: 14 },
  { name: "Upheld %", width: 9 },
  { name: "Similar upheld %", width: 12 },
  { name: "Upheld per 100k", width: 12 },
  { name: "Compliance %", width: 12 },
  { name: "Satisfactory remedy %", width: 14 },
  { name: "Method break", width: 44 },
  { name: "Source", width: 60 },
];

/** What changed in LGSCO's method at the start of each comparability period after the first. */
const BREAKS: Readonly<Record<number, string>> = {
  1: "LGSCO began publishing compliance, satisfactory remedy and upheld per 100k in 2018-19: not comparable with earlier years",
  2: "LGSCO's new investigation process from 2022-23: not comparable with earlier years",
};

/** The break before `year`, when the year before it sits in another period (or none is held). */
export function methodBreak(year: string): string | undefined {
  const period = comparabilityPeriod(year);
  if (period === undefined || period === comparabilityPeriod(previousYear(year))) return undefined;
  return BREAKS[period];
}

function yearRow(figures: YearFigures): PlanCell[] {
  return [
    textCell(figures.year),
    countCell(publishedInvestigations(figures)?.value),
    percentCell(figures.upheld?.rate),
    percentCell(figures.upheld?.similarAverage),
    per100kCell(figures.upheldPer100k?.value),
    percentCell(figures.compliance?.rate),
    percentCell(figures.satisfactoryRemedy?.rate),
    textCell(methodBreak(figures.year)),
    textCell(keyStatsRowSources(figures).join("; ")),
  ];
}

export function packYearsSheet(context: PackContext): PlanSheet {
  return {
    key: "packYears",
    name: PACK_YEARS_SHEET,
    header: sheetHeader({
      title: "Committee pack: year on year",
      councils: context.inPlan,
      sources: recordSources(context.years),
      asOf: context.request.asOf,
      note: `Every year held for ${context.council.name}. Compare a year only with years in the same LGSCO method: a Method break entry marks where it changed. An empty cell is a figure not held, never zero.`,
    }),
    tables: [{ name: PACK_YEARS_TABLE, columns: [...COLUMNS], ...toTableBody(context.years.map(yearRow)), highlights: [] }],
    charts: [],
  };
}
