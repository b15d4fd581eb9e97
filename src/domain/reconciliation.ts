// Setting the council's own counts beside LGSCO's published figures, year by year, and saying
// where they differ: the `OmbudsmanReconciliation` rows and the `records-mismatch` flags.
// Published figures are the truth we compare with, never corrected; a difference is ours −
// published, with the references that explain it or may explain it.
import { boundedList } from "./bounded-list";
import { sourceLabel, sourceOfFigure } from "./figure-sources";
import { FLAG_SEVERITY } from "./flags";
import { publishedInvestigations, publishedUpheldCount } from "./published-counts";
import {
  RECONCILIATION_MEASURES,
  type CountedComplaint,
  type RecordCounts,
  type ReconciliationMeasure,
  type YearRecordCounts,
} from "./own-records";
import type { FigureSource, Flag, YearFigures } from "./types";
import { compareYears, nextYear, previousYear, yearOfDate, yearRange, yearSpan } from "./years";

export interface ReconciliationSettings {
  /** A decision dated this many days or fewer from 1 April may sit in the other year in LGSCO's count. */
  boundaryDays: number;
  /** A year the register's dates miss by more than this many days at either end is partly covered. */
  coverageToleranceDays: number;
}

export const DEFAULT_RECONCILIATION_SETTINGS: Readonly<ReconciliationSettings> = Object.freeze({
  boundaryDays: 14,
  coverageToleranceDays: 31,
});

export interface ReconciliationRow {
  council: string;
  year: string;
  measure: ReconciliationMeasure;
  /** LGSCO's published figure; absent when not published. */
  published?: number;
  /** Where the published figure comes from. */
  publishedSource?: FigureSource;
  /** The register's count; absent when the register has no column for the measure ("not recorded"). */
  ours?: number;
  /** Ours − published; absent unless both are present. */
  difference?: number;
  /** References that explain or may explain the difference; empty when there is none. */
  referencesToCheck: string[];
  /** Plain-English notes: why references are listed, or that the register covers part of the year. */
  notes: string[];
  /** The register covers only part of the year, so its count is not comparable (no flag). */
  partlyCovered: boolean;
}

/** The published figure for a measure and the path it sits at, if published. */
export function publishedFigure(figures: YearFigures, measure: ReconciliationMeasure): { value: number; path: string } | undefined {
  // The investigations and upheld counts are read where the key statistics sheet reads them.
  switch (measure) {
    case "Detailed investigations":
      return publishedInvestigations(figures);
    case "Upheld":
      return publishedUpheldCount(figures);
    case "Satisfactory remedies":
      return figures.satisfactoryRemedy?.count === undefined ? undefined : { value: figures.satisfactoryRemedy.count, path: "satisfactoryRemedy.count" };
    case "Compliance outcomes":
      return figures.compliance?.of === undefined ? undefined : { value: figures.compliance.of, path: "compliance.of" };
  }
}

const DAY_MS = 86_400_000;

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** Whether `date` is within `days` of the 1 April that starts or ends `year`'s span. */
function nearBoundaryOf(date: string, year: string, days: number): boolean {
  const nextStart = yearSpan(nextYear(year)).start;
  return Math.abs(daysBetween(yearSpan(year).start, date)) <= days || Math.abs(daysBetween(nextStart, date)) <= days;
}

function isPartlyCovered(year: string, counts: RecordCounts, settings: ReconciliationSettings): boolean {
  if (!counts.span) return true;
  const { start, end } = yearSpan(year);
  return daysBetween(start, counts.span.from) > settings.coverageToleranceDays || daysBetween(counts.span.to, end) > settings.coverageToleranceDays;
}

function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/** References that explain or may explain a difference, and why. */
function referencesFor(
  year: string,
  measure: ReconciliationMeasure,
  difference: number,
  countsByYear: ReadonlyMap<string, YearRecordCounts>,
  counts: RecordCounts,
  settings: ReconciliationSettings,
): { references: string[]; notes: string[] } {
  const references = new Set<string>();
  const notes: string[] = [];
  const near = (items: readonly CountedComplaint[] | undefined) => (items ?? []).filter((item) => nearBoundaryOf(item.date, year, settings.boundaryDays));
  const listed = (items: readonly CountedComplaint[]) => boundedList(items.map((item) => `${item.reference} (${formatDate(item.date)})`));

  if (difference > 0) {
    const ours = near(countsByYear.get(year)?.[measure]);
    if (ours.length > 0) {
      ours.forEach((item) => references.add(item.reference));
      notes.push(`Dated within ${settings.boundaryDays} days of the year's start or end, so LGSCO may count them in another year: ${listed(ours)}.`);
    }
  } else {
    const before = near(countsByYear.get(previousYear(year))?.[measure]).filter((item) => item.date < yearSpan(year).start);
    const after = near(countsByYear.get(nextYear(year))?.[measure]).filter((item) => item.date > yearSpan(year).end);
    const neighbours = [...before, ...after];
    if (neighbours.length > 0) {
      neighbours.forEach((item) => references.add(item.reference));
      notes.push(`Dated just outside the year, so LGSCO may count them in it: ${listed(neighbours)}.`);
    }
    const uncounted = counts.uncounted.filter((item) => item.measures.includes(measure));
    for (const item of uncounted) {
      references.add(item.reference);
      notes.push(`${item.reference}: ${item.reason}, so it is in no year's count.`);
    }
    const repeated = (countsByYear.get(year)?.[measure] ?? []).filter((item) => item.repeated);
    for (const item of repeated) {
      references.add(item.reference);
      notes.push(`${item.reference} is on rows ${item.rows.join(", ")} of the register and was counted once; if they are different complaints, our count is short.`);
    }
  }
  return { references: [...references].sort(), notes };
}

/** The register column a measure is counted from, for the "not recorded" note. */
const NOT_RECORDED_COLUMNS: Record<ReconciliationMeasure, string> = {
  "Detailed investigations": "the LGSCO decision",
  Upheld: "the LGSCO decision",
  "Satisfactory remedies": "a satisfactory remedy by the council",
  "Compliance outcomes": "compliance with LGSCO's recommendations (remedy complied with, or its date)",
};

export interface ReconcileOptions {
  /** The council's name for the `Council` column; defaults to the published figures' authority. */
  council?: string;
  /** Only these years (e.g. the years being fetched). */
  years?: readonly string[];
  settings?: Partial<ReconciliationSettings>;
}

/**
 * One row per year and measure (in the sheet's order) for every year the register's dates reach: published figure, our count, difference (ours − published) and the references
 * to check. `published` holds one council's YearFigures.
 */
export function reconcile(published: readonly YearFigures[], counts: RecordCounts, options: ReconcileOptions = {}): ReconciliationRow[] {
  const settings = { ...DEFAULT_RECONCILIATION_SETTINGS, ...options.settings };
  const council = options.council ?? published[0]?.authority ?? "";
  const countsByYear = new Map(counts.years.map((entry) => [entry.year, entry]));
  // Every year the register's dates reach, so a year with no LGSCO decisions in it counts 0.
  const spanned = counts.span ? yearRange(yearOfDate(counts.span.from), yearOfDate(counts.span.to)) : [];
  const years = [...new Set([...spanned, ...counts.years.map((entry) => entry.year)])]
    .filter((year) => options.years === undefined || options.years.includes(year))
    .sort(compareYears);

  const rows: ReconciliationRow[] = [];
  for (const year of years) {
    const partlyCovered = isPartlyCovered(year, counts, settings);
    const publishedOfYear = published.filter((figures) => figures.year === year);
    for (const measure of RECONCILIATION_MEASURES) {
      const row: ReconciliationRow = { council, year, measure, referencesToCheck: [], notes: [], partlyCovered };
      for (const figures of publishedOfYear) {
        const figure = publishedFigure(figures, measure);
        if (figure) {
          row.published = figure.value;
          row.publishedSource = sourceOfFigure(figures, figure.path);
          break;
        }
      }
      if (counts.notRecorded?.includes(measure)) {
        // Not recorded is not zero: no count, no difference, no flag (issue 12).
        row.notes.push(`Not recorded: the register has no column for ${NOT_RECORDED_COLUMNS[measure]}, so our records give no count to compare.`);
        rows.push(row);
        continue;
      }
      row.ours = countsByYear.get(year)?.[measure].length ?? 0;
      if (partlyCovered && counts.span) {
        row.notes.push(`Our register's dates run from ${formatDate(counts.span.from)} to ${formatDate(counts.span.to)}: it covers only part of ${year}, so its count is not comparable.`);
      }
      if (row.published !== undefined) {
        row.difference = row.ours - row.published;
        if (row.difference !== 0 && !partlyCovered) {
          const { references, notes } = referencesFor(year, measure, row.difference, countsByYear, counts, settings);
          row.referencesToCheck = references;
          row.notes.push(...notes);
        }
      }
      rows.push(row);
    }
  }
  return rows;
}

const MEASURE_NOUNS: Record<ReconciliationMeasure, [singular: string, plural: string]> = {
  "Detailed investigations": ["detailed investigation", "detailed investigations"],
  Upheld: ["upheld decision", "upheld decisions"],
  "Satisfactory remedies": ["satisfactory remedy", "satisfactory remedies"],
  "Compliance outcomes": ["compliance outcome", "compliance outcomes"],
};

function counted(n: number, measure: ReconciliationMeasure): string {
  const [singular, plural] = MEASURE_NOUNS[measure];
  return `${n} ${n === 1 ? singular : plural}`;
}

/**
 * A `records-mismatch` flag (watch) for each year and measure where the register's count
 * differs from the published figure; none for a year the register covers only in part.
 */
export function recordsMismatchFlags(rows: readonly ReconciliationRow[], gss?: string): Flag[] {
  const flags: Flag[] = [];
  for (const row of rows) {
    if (row.difference === undefined || row.difference === 0 || row.partlyCovered || row.published === undefined || row.ours === undefined) continue;
    const gap = Math.abs(row.difference);
    const direction = row.difference > 0 ? "more" : "fewer";
    const source = row.publishedSource ? sourceLabel(row.publishedSource) : "published figures";
    const check = row.referencesToCheck.length > 0 ? `; references to check: ${boundedList(row.referencesToCheck)}` : "";
    flags.push({
      id: "records-mismatch",
      year: row.year,
      severity: FLAG_SEVERITY["records-mismatch"],
      message: `Our records show ${counted(row.ours, row.measure)} in ${row.year}; LGSCO published ${row.published}: ${gap} ${direction} in our records.`,
      evidence: `${row.council} ${row.year}, ${row.measure}: published ${row.published} (source: ${source}); our register ${row.ours}; difference ${row.difference}${check}`,
      ...(gss ? { gss } : {}),
    });
  }
  return flags;
}
