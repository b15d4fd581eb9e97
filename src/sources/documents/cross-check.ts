// Published rates are the truth (docs/design.md §1); counts only cross-check them. Where a rate and its
// count/base disagree by more than rounding, or a table's parts do not add up to its total, the
// parser reports it beside the figures and leaves every published figure as it was.
import type { YearFigures } from "../../domain/types";

export interface Inconsistency {
  /** Path of the published figure in YearFigures, e.g. "upheld.rate", "decisions.total". */
  measure: string;
  published: number;
  /** What the document's own counts give: a recomputed rate or a sum. Not a figure to show. */
  recomputed: number;
  message: string;
}

/** A rate differs from its counts when round(100 × count / of) is more than this many points off. */
export const RATE_TOLERANCE_POINTS = 1;

function rateCheck(measure: string, rate: number, count: number | undefined, of: number | undefined, words: string): Inconsistency[] {
  if (count === undefined || of === undefined || of <= 0) return [];
  const recomputed = Math.round((100 * count) / of);
  if (Math.abs(recomputed - rate) <= RATE_TOLERANCE_POINTS && count <= of) return [];
  return [
    {
      measure,
      published: rate,
      recomputed,
      message: `${words} is published as ${rate}% but ${count} of ${of} is ${recomputed}%.`,
    },
  ];
}

function sumCheck(measure: string, total: number | undefined, parts: (number | undefined)[], words: string): Inconsistency[] {
  if (total === undefined || parts.length === 0 || parts.some((p) => p === undefined)) return [];
  const sum = parts.reduce<number>((a, b) => a + (b ?? 0), 0);
  if (sum === total) return [];
  return [{ measure, published: total, recomputed: sum, message: `${words} is published as ${total} but its parts add up to ${sum}.` }];
}

/** Every place where the figures of one year disagree with their own counts or totals. */
export function crossCheck(figures: YearFigures): Inconsistency[] {
  const found: Inconsistency[] = [];
  const { upheld, satisfactoryRemedy, decisions, received, overview } = figures;
  if (upheld) found.push(...rateCheck("upheld.rate", upheld.rate, upheld.count, upheld.of, "The upheld rate"));
  if (satisfactoryRemedy) {
    found.push(
      ...rateCheck("satisfactoryRemedy.rate", satisfactoryRemedy.rate, satisfactoryRemedy.count, satisfactoryRemedy.of, "The satisfactory remedy rate"),
    );
    if (upheld?.count !== undefined && satisfactoryRemedy.of !== undefined && satisfactoryRemedy.of !== upheld.count) {
      found.push({
        measure: "satisfactoryRemedy.of",
        published: satisfactoryRemedy.of,
        recomputed: upheld.count,
        message: `The satisfactory remedy base is published as ${satisfactoryRemedy.of} upheld decisions but the upheld block gives ${upheld.count}.`,
      });
    }
  }
  if (decisions) {
    if (decisions.upholdRate !== undefined && decisions.upheld !== undefined && decisions.notUpheld !== undefined) {
      found.push(
        ...rateCheck("decisions.upholdRate", decisions.upholdRate, decisions.upheld, decisions.upheld + decisions.notUpheld, "The uphold rate in the decisions table"),
      );
    }
    found.push(
      ...sumCheck(
        "decisions.total",
        decisions.total,
        [
          decisions.invalidOrIncomplete,
          decisions.adviceGiven,
          decisions.referredBackForLocalResolution,
          decisions.closedAfterInitialEnquiries,
          decisions.notUpheld,
          decisions.upheld,
        ],
        "The total of decisions made",
      ),
    );
  }
  if (received?.byCategory) {
    found.push(...sumCheck("received.total", received.total, Object.values(received.byCategory), "The total of complaints and enquiries received"));
  }
  if (overview) {
    found.push(
      ...sumCheck("overview.dealtWith", overview.dealtWith, [overview.notForUs, overview.assessedAndClosed, overview.investigated], "The number of complaints dealt with"),
    );
  }
  return found;
}

/**
 * Every disagreement in one sentence, or undefined when the figures agree with their counts: how
 * a live or cached page, a data file and a letter a workbook carries are all held to one rule.
 */
export function describeDisagreements(figures: YearFigures): string | undefined {
  const found = crossCheck(figures);
  return found.length === 0 ? undefined : found.map((inconsistency) => inconsistency.message.replace(/\.$/, "")).join("; ");
}
