// The pane's sources line: where the figures written for a council came from, grouped by kind
// (the live statistics page, a letter the analyst imported, the embedded dataset) with the years
// each covers. The sheets' Sources column names every document; this is the short version.
import { publishedFigurePaths } from "../../domain/figure-paths";
import { importedDocumentKind, sourceOfFigure } from "../../domain/figure-sources";
import type { FigureSource, YearFigures } from "../../domain/types";
import type { LivePullStatus } from "../../sources/live/council-figures";
import { compareYears } from "../../domain/years";
import type { SourceEntry, SourcesSummary } from "./pane-api";

/** An imported document other than a letter says what it is ("statistics page", "data table"). */
function documentOf(source: FigureSource): { document?: string } {
  const document = importedDocumentKind(source.kind);
  return document === "letter" ? {} : { document };
}

/**
 * Which entry a figure's source belongs to. Only figures read in this add-in carry a `retrieved`
 * time: a page fetched live has its address, a document the analyst imported has none (a file
 * name or "pasted text" as its title). Everything else came with the embedded dataset.
 */
function entryOf(source: FigureSource, datasetAsOf: string): Omit<SourceEntry, "years"> {
  // A letter the workbook carried is a letter, whatever it claims or lacks (a date, an address).
  if (source.carriedBy === "workbook") {
    return { kind: "letter", label: source.title ?? "a letter with no name", ...documentOf(source), ...(source.retrieved === undefined ? {} : { when: source.retrieved }) };
  }
  if (source.retrieved !== undefined && source.url !== undefined) {
    return { kind: "live-page", label: "LGSCO's statistics page", url: source.url, when: source.retrieved };
  }
  if (source.retrieved !== undefined) {
    return { kind: "letter", label: source.title ?? "an imported letter", ...documentOf(source), when: source.retrieved };
  }
  return { kind: "dataset", label: "the embedded dataset", when: datasetAsOf };
}

/** The live pull's state as the pane shows it: a page not found is marked, so the pane can offer the page name. */
export function paneLiveStatus(live: LivePullStatus): SourcesSummary["live"] {
  return { state: live.state, message: live.message, ...(live.state === "failed" && live.reason === "not-found" ? { pageNotFound: true } : {}) };
}

const ORDER: Record<SourceEntry["kind"], number> = { "live-page": 0, letter: 1, dataset: 2 };

export function summariseSources(figures: readonly YearFigures[], live: SourcesSummary["live"], datasetAsOf: string): SourcesSummary {
  const entries = new Map<string, SourceEntry>();
  for (const record of figures) {
    const paths = publishedFigurePaths(record);
    const sources = paths.length === 0 ? [record.source] : paths.map((path) => sourceOfFigure(record, path));
    for (const source of sources) {
      const entry = entryOf(source, datasetAsOf);
      const key = `${entry.kind}|${entry.url ?? entry.label}|${entry.when ?? ""}`;
      const known = entries.get(key) ?? { ...entry, years: [] };
      if (!known.years.includes(record.year)) known.years.push(record.year);
      entries.set(key, known);
    }
  }
  const list = [...entries.values()].map((entry) => ({ ...entry, years: [...entry.years].sort(compareYears) }));
  list.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || compareYears(a.years[0] ?? "", b.years[0] ?? ""));
  return { entries: list, live };
}

/** "2019-20", "2019-20 and 2020-21", "2014-15 to 2018-19" (consecutive), or a list. */
export function describeYears(years: readonly string[]): string {
  if (years.length === 0) return "no years";
  if (years.length === 1) return years[0]!;
  const sorted = [...years].sort(compareYears);
  const consecutive = sorted.every((year, i) => i === 0 || Number(year.slice(0, 4)) === Number(sorted[i - 1]!.slice(0, 4)) + 1);
  if (consecutive && sorted.length > 2) return `${sorted[0]} to ${sorted[sorted.length - 1]}`;
  return `${sorted.slice(0, -1).join(", ")} and ${sorted[sorted.length - 1]}`;
}

/** "2026-01-15 09:00 UTC" from an ISO date-time; an ISO date as it is. */
export function describeWhen(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

/** One sentence per entry, for the pane and for screen readers. */
export function describeSourceEntry(entry: SourceEntry): string {
  const years = describeYears(entry.years);
  switch (entry.kind) {
    case "live-page":
      return `${years} from LGSCO's statistics page, read ${describeWhen(entry.when ?? "")}.`;
    case "letter":
      return `${years} from ${entry.label}, a ${entry.document ?? "letter"} imported into this workbook on ${entry.when === undefined ? "a date not recorded" : describeWhen(entry.when)}.`;
    case "dataset":
      return `${years} from the embedded dataset as of ${entry.when ?? "its build"} (each figure's document is in the Sources column).`;
  }
}
