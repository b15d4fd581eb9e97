// The counts behind the upheld rate, which LGSCO prints in more than one place: the key
// statistics block ("24 of 33 detailed investigations"), and also a 2024-25 overview and older
// letters' decision tables. The first printed is the one shown, with its path so its source can
// be named. The key statistics sheet and =LGSCO.COUNT both read them here, so they agree.
import type { YearFigures } from "./types";

export interface PublishedCount {
  value: number;
  /** Where in the record it was printed: "upheld.of", "overview.investigated", … */
  path: string;
}

function firstPublished(candidates: readonly [number | undefined, string][]): PublishedCount | undefined {
  for (const [value, path] of candidates) if (value !== undefined) return { value, path };
  return undefined;
}

/** Detailed investigations: the base of the upheld rate. */
export function publishedInvestigations(figures: YearFigures): PublishedCount | undefined {
  return firstPublished([
    [figures.upheld?.of, "upheld.of"],
    [figures.decisions?.detailedInvestigations, "decisions.detailedInvestigations"],
    [figures.overview?.investigated, "overview.investigated"],
  ]);
}

/** Upheld decisions. */
export function publishedUpheldCount(figures: YearFigures): PublishedCount | undefined {
  return firstPublished([
    [figures.upheld?.count, "upheld.count"],
    [figures.decisions?.upheld, "decisions.upheld"],
  ]);
}
