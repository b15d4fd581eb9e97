// The `Ombudsman` sheet: table `OmbudsmanKeyStats`, one row per council and year (docs/design.md §5),
// with flag highlights on the flagged figures and a chart of Upheld % against the average.
import { publishedFigurePaths } from "../../domain/figure-paths";
import { distinctSourceLabels } from "../../domain/figure-sources";
import { joinFlagIds } from "../../domain/flags";
import { publishedInvestigations, publishedUpheldCount } from "../../domain/published-counts";
import type { FlagId, YearFigures } from "../../domain/types";
import { compareYears } from "../../domain/years";
import { countCell, per100kCell, percentCell, textCell, toTableBody, type PlanCell } from "./cell-formats";
import type { FlagHighlight, PlanChart, PlanColumn, PlanSheet, PlanTable } from "./plan";
import type { CouncilInPlan, PlanInput } from "./plan-input";
import { sheetHeader } from "./sheet-header";

export const KEY_STATS_SHEET = "Ombudsman";
export const KEY_STATS_TABLE = "OmbudsmanKeyStats";

export const KEY_STATS_COLUMNS: readonly PlanColumn[] = [
  { name: "Council", width: 34 },
  { name: "Year", width: 9 },
  { name: "Investigations", width: 14 },
  { name: "Upheld", width: 8 },
  { name: "Upheld %", width: 9 },
  { name: "Similar upheld %", width: 16 },
  { name: "Upheld per 100k", width: 15 },
  { name: "Similar per 100k", width: 16 },
  { name: "Compliance outcomes", width: 19 },
  { name: "Compliance %", width: 13 },
  { name: "Similar compliance %", width: 20 },
  { name: "Satisfactory remedies", width: 20 },
  { name: "Satisfactory remedy %", width: 21 },
  { name: "Similar remedy %", width: 16 },
  { name: "Flags", width: 40 },
  { name: "Sources", width: 60 },
];

/** Which key-statistics cell each scrutinise/watch flag colours (info flags colour nothing). */
const HIGHLIGHTED: readonly { flagId: FlagId; column: string; severity: FlagHighlight["severity"] }[] = [
  { flagId: "compliance-below-100", column: "Compliance %", severity: "scrutinise" },
  { flagId: "upheld-above-average", column: "Upheld %", severity: "watch" },
  { flagId: "upheld-rising", column: "Upheld %", severity: "watch" },
  { flagId: "remedy-below-average", column: "Satisfactory remedy %", severity: "watch" },
  { flagId: "per100k-above-average", column: "Upheld per 100k", severity: "watch" },
];

export const KEY_STATS_HIGHLIGHTS: readonly FlagHighlight[] = HIGHLIGHTED.map((rule) => ({ ...rule, flagsColumn: "Flags" }));

const KEY_FIGURE_PATHS = [
  "upheld.rate",
  "upheld.similarAverage",
  "upheldPer100k.value",
  "upheldPer100k.similarAverage",
  "compliance.of",
  "compliance.rate",
  "compliance.similarAverage",
  "satisfactoryRemedy.count",
  "satisfactoryRemedy.rate",
  "satisfactoryRemedy.similarAverage",
] as const;

/**
 * Every distinct source of the figures a key-statistics row shows; for a year held only for
 * its caseload, where those figures came from.
 */
export function keyStatsRowSources(figures: YearFigures): string[] {
  const published = new Set(publishedFigurePaths(figures));
  const shown = [publishedInvestigations(figures)?.path, publishedUpheldCount(figures)?.path, ...KEY_FIGURE_PATHS.filter((path) => published.has(path))].filter(
    (path): path is string => path !== undefined,
  );
  return distinctSourceLabels(figures, shown.length > 0 ? shown : [...published]);
}

function keyStatsRow(council: CouncilInPlan, figures: YearFigures): PlanCell[] {
  const { upheld, upheldPer100k: per100k, compliance, satisfactoryRemedy: remedy } = figures;
  const flags = council.flags.filter((flag) => flag.year === figures.year);
  return [
    textCell(council.authority.name),
    textCell(figures.year),
    countCell(publishedInvestigations(figures)?.value),
    countCell(publishedUpheldCount(figures)?.value),
    percentCell(upheld?.rate),
    percentCell(upheld?.similarAverage),
    per100kCell(per100k?.value),
    per100kCell(per100k?.similarAverage),
    countCell(compliance?.of),
    percentCell(compliance?.rate),
    percentCell(compliance?.similarAverage),
    countCell(remedy?.count),
    percentCell(remedy?.rate),
    percentCell(remedy?.similarAverage),
    textCell(joinFlagIds(flags)),
    textCell(keyStatsRowSources(figures).join("; ")),
  ];
}

/** True when the record holds at least one published figure. */
export function holdsAnyFigure(figures: YearFigures): boolean {
  return publishedFigurePaths(figures).length > 0;
}

/** The order the sheets list councils in: by name (two of one name by GSS code). */
export function byCouncilName(a: CouncilInPlan, b: CouncilInPlan): number {
  return a.authority.name.localeCompare(b.authority.name, "en-GB") || a.authority.gss.localeCompare(b.authority.gss);
}

/** Councils by name, then each council's years oldest first: each council's rows are contiguous for its chart. */
export function orderedCouncilYears(councils: readonly CouncilInPlan[]): { council: CouncilInPlan; figures: YearFigures }[] {
  return [...councils]
    .sort(byCouncilName)
    .flatMap((council) =>
      council.years
        .filter(holdsAnyFigure)
        .sort((a, b) => compareYears(a.year, b.year))
        .map((figures) => ({ council, figures })),
    );
}

export function keyStatsSheet(input: PlanInput): PlanSheet {
  const ordered = orderedCouncilYears(input.councils);
  const cells = ordered.map(({ council, figures }) => keyStatsRow(council, figures));
  const table: PlanTable = { name: KEY_STATS_TABLE, columns: [...KEY_STATS_COLUMNS], ...toTableBody(cells), highlights: [...KEY_STATS_HIGHLIGHTS], rowKey: { columns: ["Council", "Year"], gone: "blank" } };

  const chartGss = input.chartCouncil ?? input.councils[0]?.authority.gss;
  const chartRows = ordered.flatMap((entry, index) => (entry.council.authority.gss === chartGss ? [index] : []));
  const chartCouncil = input.councils.find((council) => council.authority.gss === chartGss);
  const charts: PlanChart[] =
    chartCouncil && chartRows.length > 0
      ? [
          {
            title: `Complaints upheld: ${chartCouncil.authority.name} against similar authorities`,
            table: KEY_STATS_TABLE,
            categoryColumn: "Year",
            seriesColumns: ["Upheld %", "Similar upheld %"],
            firstRow: chartRows[0]!,
            lastRow: chartRows[chartRows.length - 1]!,
          },
        ]
      : [];

  const sources = [...new Set(ordered.flatMap(({ figures }) => keyStatsRowSources(figures)))];
  return {
    key: "keyStats",
    name: KEY_STATS_SHEET,
    header: sheetHeader({
      title: "Ombudsman Scrutiny: LGSCO key statistics",
      councils: input.councils,
      sources,
      asOf: input.asOf,
      note: [
        "Percentages are LGSCO's published figures; an empty cell was not published.",
        "Each Similar column is LGSCO's published average for councils of the same type that year; its document is in Sources.",
        ...(chartCouncil ? [`The chart shows Upheld % against Similar upheld % by year for ${chartCouncil.authority.name}.`] : []),
      ].join(" "),
    }),
    tables: [table],
    charts,
  };
}
