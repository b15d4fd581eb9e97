// The block of lines above each table: what it covers, where the figures come from, as of when.
// Always the same number of lines, so a table never moves when Refresh adds a council.
import { publishedFigurePaths } from "../../domain/figure-paths";
import { distinctSourceLabels } from "../../domain/figure-sources";
import type { YearFigures } from "../../domain/types";
import type { CellValue } from "./plan";
import type { CouncilInPlan } from "./plan-input";

export interface HeaderContent {
  title: string;
  councils: readonly CouncilInPlan[];
  sources: readonly string[];
  asOf: string;
  /** One line saying how to read the sheet; a renderer may add to it (e.g. that a chart is Excel-only). */
  note: string;
}

/** "London Borough of Harrow (London Borough); Leeds City Council (Metropolitan Borough)" */
export function describeCouncils(councils: readonly CouncilInPlan[]): string {
  return councils.map((council) => `${council.authority.name} (${council.authority.type})`).join("; ");
}

export function sheetHeader(content: HeaderContent): CellValue[][] {
  return [
    [content.title],
    ["Councils", describeCouncils(content.councils)],
    ["Sources", content.sources.length === 0 ? "None: no figures held" : content.sources.join("; ")],
    ["As of", content.asOf],
    ["Note", content.note],
  ];
}

/** Every distinct source of these records' published figures, first seen first. */
export function recordSources(records: readonly YearFigures[]): string[] {
  return [...new Set(records.flatMap((figures) => distinctSourceLabels(figures, publishedFigurePaths(figures))))];
}

/** Every distinct source of the figures held for these councils, first seen first. */
export function councilSources(councils: readonly CouncilInPlan[]): string[] {
  return recordSources(councils.flatMap((council) => council.years));
}
