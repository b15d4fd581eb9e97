// The metrics of data/lgsco-figures.csv (see shared/data/README.md) and where each lands in
// YearFigures. A row becomes one figure per filled column: `value`, and `numerator`,
// `denominator` and `similar_average` where the metric gives them a meaning. A count stays a
// count: no rate is ever derived from counts.
import type { AveragedMeasure } from "../../../domain/similar-averages";
import { RECEIVED_CATEGORIES, RECEIVED_CATEGORY_LABELS, type FigureQuality } from "../dataset-format";

export interface MetricMeaning {
  /**
   * YearFigures path of `value` ("upheld.rate", "received.byCategory.housing"). Undefined for a
   * metric with no field in YearFigures: the row is kept whole as an OtherFigure.
   */
  value?: string;
  numerator?: string;
  denominator?: string;
  /** The per-council average field, and the measure of the type's published averages. */
  similarAverage?: { path: string; measure: AveragedMeasure };
  /** The value is a percentage (0–100); otherwise a count or a per-100k rate. */
  percentage: boolean;
  /** A whole number. */
  count: boolean;
}

export interface ReadMetric {
  /** The metric without its quality suffix. */
  base: string;
  quality?: FigureQuality;
  meaning: MetricMeaning;
}

const QUALITY_SUFFIXES: Record<string, FigureQuality> = {
  _secondary_foi: "secondary-foi",
  _council_reported: "council-reported",
  _as_quoted_by_council: "as-quoted-by-council",
};

const count = (value: string, extra: Partial<MetricMeaning> = {}): MetricMeaning => ({ value, percentage: false, count: true, ...extra });

const MEANINGS: Record<string, MetricMeaning> = {
  upheld_rate_pct: {
    value: "upheld.rate",
    numerator: "upheld.count",
    denominator: "upheld.of",
    similarAverage: { path: "upheld.similarAverage", measure: "upheld" },
    percentage: true,
    count: false,
  },
  upheld_per_100k_residents: {
    value: "upheldPer100k.value",
    similarAverage: { path: "upheldPer100k.similarAverage", measure: "upheldPer100k" },
    percentage: false,
    count: false,
  },
  compliance_rate_pct: {
    value: "compliance.rate",
    denominator: "compliance.of",
    similarAverage: { path: "compliance.similarAverage", measure: "compliance" },
    percentage: true,
    count: false,
  },
  // The base is the number of upheld decisions (docs/design.md §1).
  satisfactory_remedy_pct: {
    value: "satisfactoryRemedy.rate",
    numerator: "satisfactoryRemedy.count",
    denominator: "satisfactoryRemedy.of",
    similarAverage: { path: "satisfactoryRemedy.similarAverage", measure: "satisfactoryRemedy" },
    percentage: true,
    count: false,
  },
  complaints_dealt_with: count("overview.dealtWith"),
  not_for_us: count("overview.notForUs"),
  assessed_and_closed: count("overview.assessedAndClosed"),
  investigated: count("overview.investigated"),
  complaints_received: count("received.total"),
  decisions_total: count("decisions.total"),
  detailed_investigations: count("decisions.detailedInvestigations"),
  decided_invalid_incomplete: count("decisions.invalidOrIncomplete"),
  decided_advice_given: count("decisions.adviceGiven"),
  decided_referred_back_local_resolution: count("decisions.referredBackForLocalResolution"),
  decided_closed_after_initial_enquiries: count("decisions.closedAfterInitialEnquiries"),
  decided_not_upheld: count("decisions.notUpheld"),
  // "5 upheld of 9 detailed investigations": the denominator is the base the source stated.
  decided_upheld: count("decisions.upheld", { denominator: "decisions.detailedInvestigations" }),
};

// Published figures with no field in YearFigures: kept as other figures with their source.
const OTHER_METRICS = new Set([
  "recommendations_to_remedy",
  "remedied_by_ombudsman_count",
  "remedied_satisfactorily_by_council_count",
  "remedies_implemented_late_pct",
]);

function meaningOf(base: string): MetricMeaning | undefined {
  const known = MEANINGS[base];
  if (known) return known;
  const category = /^complaints_received_(.+)$/.exec(base)?.[1];
  if (category && (RECEIVED_CATEGORIES as readonly string[]).includes(category)) return count(`received.byCategory.${category}`);
  if (OTHER_METRICS.has(base) || /^service_improvement_[a-z_]+$/.test(base)) {
    const percentage = base.endsWith("_pct");
    return { percentage, count: !percentage };
  }
  return undefined;
}

/** What a metric means, or undefined for a metric the build does not know (the build then fails). */
export function readMetric(metric: string): ReadMetric | undefined {
  for (const [suffix, quality] of Object.entries(QUALITY_SUFFIXES)) {
    if (metric.endsWith(suffix)) {
      const base = metric.slice(0, -suffix.length);
      const meaning = meaningOf(base);
      return meaning ? { base, quality, meaning } : undefined;
    }
  }
  const meaning = meaningOf(metric);
  return meaning ? { base: metric, meaning } : undefined;
}

// Paths that hold the same quantity: "24 upheld decisions" is upheld.count on one page,
// decisions.upheld in a letter's table and the base of the remedy rate; sources that disagree
// about it disagree about one figure, wherever each put it.
const SAME_QUANTITY: Record<string, string> = {
  "upheld.count": "upheld decisions",
  "decisions.upheld": "upheld decisions",
  "satisfactoryRemedy.of": "upheld decisions",
  "upheld.of": "investigations",
  "decisions.detailedInvestigations": "investigations",
  "overview.investigated": "investigations",
};

export function quantityOf(path: string): string {
  return SAME_QUANTITY[path] ?? path;
}

const LABELS: Record<string, string> = {
  "upheld.rate": "upheld rate (%)",
  "upheld.count": "upheld decisions",
  "upheld.of": "detailed investigations",
  "upheld.similarAverage": "similar authorities' upheld rate (%)",
  "upheldPer100k.value": "upheld decisions per 100,000 residents",
  "upheldPer100k.similarAverage": "similar authorities' upheld decisions per 100,000 residents",
  "compliance.rate": "compliance rate (%)",
  "compliance.of": "compliance outcomes",
  "compliance.similarAverage": "similar authorities' compliance rate (%)",
  "satisfactoryRemedy.rate": "satisfactory remedy rate (%)",
  "satisfactoryRemedy.count": "satisfactory remedy decisions",
  "satisfactoryRemedy.of": "upheld decisions (remedy base)",
  "satisfactoryRemedy.similarAverage": "similar authorities' satisfactory remedy rate (%)",
  "overview.dealtWith": "complaints dealt with",
  "overview.notForUs": "complaints not for LGSCO",
  "overview.assessedAndClosed": "complaints assessed and closed",
  "overview.investigated": "complaints investigated",
  "received.total": "complaints and enquiries received",
  "decisions.total": "decisions made",
  "decisions.detailedInvestigations": "detailed investigations",
  "decisions.invalidOrIncomplete": "invalid or incomplete complaints",
  "decisions.adviceGiven": "complaints where advice was given",
  "decisions.referredBackForLocalResolution": "complaints referred back for local resolution",
  "decisions.closedAfterInitialEnquiries": "complaints closed after initial enquiries",
  "decisions.notUpheld": "decisions not upheld",
  "decisions.upheld": "upheld decisions",
};

/** The figure at `path` in an analyst's words, for notes. */
export function figureLabel(path: string): string {
  const category = /^received\.byCategory\.(.+)$/.exec(path)?.[1];
  if (category) return `complaints received about ${(RECEIVED_CATEGORY_LABELS[category as (typeof RECEIVED_CATEGORIES)[number]] ?? category).toLowerCase()}`;
  return LABELS[path] ?? path;
}

/** Every YearFigures path in the order records are written (groups as in docs/design.md §3). */
export const PATH_ORDER: readonly string[] = [
  "upheld.rate",
  "upheld.count",
  "upheld.of",
  "upheld.similarAverage",
  "upheldPer100k.value",
  "upheldPer100k.similarAverage",
  "compliance.rate",
  "compliance.of",
  "compliance.similarAverage",
  "satisfactoryRemedy.rate",
  "satisfactoryRemedy.count",
  "satisfactoryRemedy.of",
  "satisfactoryRemedy.similarAverage",
  "overview.dealtWith",
  "overview.notForUs",
  "overview.assessedAndClosed",
  "overview.investigated",
  "received.total",
  ...RECEIVED_CATEGORIES.map((category) => `received.byCategory.${category}`),
  "decisions.total",
  "decisions.detailedInvestigations",
  "decisions.invalidOrIncomplete",
  "decisions.adviceGiven",
  "decisions.referredBackForLocalResolution",
  "decisions.closedAfterInitialEnquiries",
  "decisions.notUpheld",
  "decisions.upheld",
  "decisions.upholdRate",
];
