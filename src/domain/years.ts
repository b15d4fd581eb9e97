// LGSCO's statistical year runs 1 April to 31 March and is written "2019-20" (year ending
// 31 March 2020). Analysts type it many ways; everything inside the product uses "YYYY-YY".

const YEAR_PATTERN = /^(\d{4})\s*[-/–]\s*(\d{2}|\d{4})$/;

/** The year ending 31 March `endingYear`, written "2019-20". */
export function yearEnding(endingYear: number): string {
  const start = endingYear - 1;
  return `${start}-${String(endingYear % 100).padStart(2, "0")}`;
}

/** The calendar year in which `year` ends: "2019-20" → 2020. */
export function endingYearOf(year: string): number {
  const parsed = parseYear(year);
  if (parsed === undefined) throw new RangeError(`Not a statistical year: "${year}"`);
  return Number(parsed.slice(0, 4)) + 1;
}

/**
 * Reads a statistical year written as "2019-20", "2019/20", "2019-2020", "2019–20",
 * the year ending (2020 or "2020") or the ISO date it ends ("2020-03-31").
 * Returns undefined for anything else, including inconsistent pairs like "2019-22".
 */
export function parseYear(input: string | number): string | undefined {
  if (typeof input === "number") {
    return Number.isInteger(input) && input >= 1990 && input <= 2100 ? yearEnding(input) : undefined;
  }
  const text = input.trim();
  if (/^\d{4}$/.test(text)) return parseYear(Number(text));
  const isoEnd = /^(\d{4})-03-31$/.exec(text);
  if (isoEnd) return parseYear(Number(isoEnd[1]));
  const match = YEAR_PATTERN.exec(text);
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2]!;
  const endFull = end.length === 2 ? Math.floor((start + 1) / 100) * 100 + Number(end) : Number(end);
  if (endFull !== start + 1) return undefined;
  return parseYear(endFull);
}

/** First and last day of a statistical year, as ISO dates: "2019-20" → 2019-04-01 … 2020-03-31. */
export function yearSpan(year: string): { start: string; end: string } {
  const ending = endingYearOf(year);
  return { start: `${ending - 1}-04-01`, end: `${ending}-03-31` };
}

/** The statistical year a date falls in (1 April–31 March); `date` as ISO "YYYY-MM-DD". */
export function yearOfDate(isoDate: string): string {
  const [y, m] = isoDate.split("-").map(Number) as [number, number];
  return yearEnding(m >= 4 ? y + 1 : y);
}

export function previousYear(year: string): string {
  return yearEnding(endingYearOf(year) - 1);
}

export function nextYear(year: string): string {
  return yearEnding(endingYearOf(year) + 1);
}

/** Every year from `from` to `to` inclusive, oldest first; empty when `from` is after `to`. */
export function yearRange(from: string, to: string): string[] {
  const years: string[] = [];
  for (let y = endingYearOf(from); y <= endingYearOf(to); y++) years.push(yearEnding(y));
  return years;
}

/** Compare two statistical years, oldest first. */
export function compareYears(a: string, b: string): number {
  return endingYearOf(a) - endingYearOf(b);
}

/**
 * Comparability periods (docs/design.md §1): upheld/not upheld since 2014-15; the three key statistics
 * from 2018-19; LGSCO's new investigation process from 2022-23. A trend compares a year only
 * with the year before it, both inside one period.
 */
export const COMPARABILITY_PERIODS = [
  { from: "2014-15", to: "2017-18" },
  { from: "2018-19", to: "2021-22" },
  { from: "2022-23", to: undefined },
] as const;

/** Index of the comparability period holding `year`, or undefined before 2014-15. */
export function comparabilityPeriod(year: string): number | undefined {
  const ending = endingYearOf(year);
  const index = COMPARABILITY_PERIODS.findIndex(
    (p) => ending >= endingYearOf(p.from) && (p.to === undefined || ending <= endingYearOf(p.to)),
  );
  return index < 0 ? undefined : index;
}

/** True when a trend may compare `year` with the year before it. */
export function comparableWithPreviousYear(year: string): boolean {
  const period = comparabilityPeriod(year);
  return period !== undefined && period === comparabilityPeriod(previousYear(year));
}
