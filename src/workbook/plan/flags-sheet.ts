// The `Ombudsman flags` sheet: table `OmbudsmanFlags`, one row per flag, explaining each one.
import { sortFlags } from "../../domain/flags";
import { compareYears } from "../../domain/years";
import { textCell, toTableBody, type PlanCell } from "./cell-formats";
import { orderedCouncilYears } from "./key-stats-sheet";
import type { PlanColumn, PlanSheet } from "./plan";
import type { PlanInput } from "./plan-input";
import { councilSources, sheetHeader } from "./sheet-header";

export const FLAGS_SHEET = "Ombudsman flags";
export const FLAGS_TABLE = "OmbudsmanFlags";

export const FLAGS_COLUMNS: readonly PlanColumn[] = [
  { name: "Council", width: 34 },
  { name: "Year", width: 9 },
  { name: "Severity", width: 11 },
  { name: "Flag", width: 24 },
  { name: "Detail", width: 90 },
  { name: "Evidence", width: 90 },
];

export function flagsSheet(input: PlanInput): PlanSheet {
  // Same council order as the key statistics; within a council, by year then docs/design.md §3 order.
  const councils = [...new Set(orderedCouncilYears(input.councils).map((entry) => entry.council))];
  const cells: PlanCell[][] = councils.flatMap((council) =>
    sortFlags(council.flags)
      .sort((a, b) => compareYears(a.year, b.year))
      .map((flag) => [
        textCell(council.authority.name),
        textCell(flag.year),
        textCell(flag.severity),
        textCell(flag.id),
        textCell(flag.message),
        textCell(flag.evidence),
      ]),
  );
  return {
    key: "flags",
    name: FLAGS_SHEET,
    header: sheetHeader({
      title: "Ombudsman Scrutiny: what to look at",
      councils: input.councils,
      sources: councilSources(input.councils),
      asOf: input.asOf,
      note:
        "scrutinise: act on it; watch: worse than similar authorities or rising; info: read the figures with care. " +
        "Each row's Evidence names the figures and their source.",
    }),
    tables: [{ name: FLAGS_TABLE, columns: [...FLAGS_COLUMNS], ...toTableBody(cells), highlights: [], rowKey: { columns: ["Council", "Year", "Flag"], gone: "remove" } }],
    charts: [],
  };
}
