// Which scrutiny flags a council's year cannot be judged on, and why: a flag needs its figure and
// the average it is compared with. An empty flag list means "nothing to flag" only when every
// key figure was there to judge; otherwise the caller must say what could not be judged.
import type { FlagId, YearFigures } from "./types";
import { compareYears } from "./years";

/** LGSCO gives upheld decisions per 100,000 residents from this year on (docs/design.md §1). */
const PER_100K_FROM = "2022-23";

export interface FlagNotJudged {
  id: FlagId;
  /** The figures the year's documents did not give, in the analyst's words. */
  missing: string[];
}

function missingOf(entries: readonly [string, number | undefined][]): string[] {
  return entries.filter(([, figure]) => figure === undefined).map(([name]) => name);
}

/** The flags `figures` cannot decide, in docs/design.md §3 order, each with the figures it lacked. */
export function flagsNotJudged(figures: YearFigures): FlagNotJudged[] {
  const checks: FlagNotJudged[] = [
    { id: "compliance-below-100", missing: missingOf([["compliance rate", figures.compliance?.rate]]) },
    {
      id: "upheld-above-average",
      missing: missingOf([
        ["upheld rate", figures.upheld?.rate],
        ["similar-authority average upheld rate", figures.upheld?.similarAverage],
      ]),
    },
    {
      id: "remedy-below-average",
      missing: missingOf([
        ["satisfactory remedy rate", figures.satisfactoryRemedy?.rate],
        ["similar-authority average satisfactory remedy rate", figures.satisfactoryRemedy?.similarAverage],
      ]),
    },
  ];
  if (compareYears(figures.year, PER_100K_FROM) >= 0) {
    checks.push({
      id: "per100k-above-average",
      missing: missingOf([
        ["upheld decisions per 100,000 residents", figures.upheldPer100k?.value],
        ["type average of upheld decisions per 100,000 residents", figures.upheldPer100k?.similarAverage],
      ]),
    });
  }
  return checks.filter((check) => check.missing.length > 0);
}

/** "a, b and c". */
export function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
