// The logic of the =LGSCO.* functions, free of Office: arguments in, a typed result out, read
// from the figures store the task pane shares. Excel's adapter (functions.ts) and the CLI
// (`formula`) both call these, so a formula gives the same answer in a cell and in a terminal.
// Rates are fractions (0.73 for LGSCO's 73%), exactly as the key statistics sheet writes them.
import { publishedFigurePaths } from "../domain/figure-paths";
import { flagsForYear, joinFlagIds } from "../domain/flags";
import type { FlagSettings } from "../domain/flag-settings";
import { publishedInvestigations, publishedUpheldCount } from "../domain/published-counts";
import { canHaveFiguresIn, describeAuthority, isValidIn } from "../domain/register";
import { flagsNotJudged, listInWords } from "../domain/flags-not-judged";
import type { Authority, AuthorityType, SimilarAverages, YearFigures } from "../domain/types";
import { compareYears, previousYear } from "../domain/years";
import { percentAsFraction } from "../workbook/plan/cell-formats";
import { readCouncil, readMeasure, readYear, type CouncilFinder } from "./arguments";
import { isFormulaError, notPublished, value, type FormulaError, type FormulaResult } from "./formula-result";

/** What the functions read (FiguresStore fits). */
export interface FunctionFigures extends CouncilFinder {
  councilYears(gss: string): YearFigures[];
  similarAverages(type: AuthorityType, year: string): SimilarAverages | undefined;
  readonly flagSettings: FlagSettings;
}

export const AVERAGE_MEASURES = ["upheld", "per100k", "compliance", "remedy"] as const;
export type AverageMeasure = (typeof AVERAGE_MEASURES)[number];
export const COUNT_MEASURES = ["investigations", "upheld", "compliance", "remedy"] as const;
export type CountMeasure = (typeof COUNT_MEASURES)[number];

/** The council, its year and what is held for that year, or the error that stops there. */
interface Subject {
  authority: Authority;
  year: string;
  figures: YearFigures | undefined;
  /** Every year held for the council, oldest first. */
  held: YearFigures[];
}

function readSubject(store: FunctionFigures, councilInput: unknown, yearInput: unknown): Subject | FormulaError {
  const year = readYear(yearInput);
  if (isFormulaError(year)) return year;
  const authority = readCouncil(store, councilInput, year);
  if (isFormulaError(authority)) return authority;
  // A record with no figure in it (notes only) is no published year.
  const held = store.councilYears(authority.gss).filter((figures) => publishedFigurePaths(figures).length > 0);
  return { authority, year, figures: held.find((figures) => figures.year === year), held };
}

/**
 * Why nothing is held for the council's year: it had not begun, or the add-in holds no document
 * for that year. Never a claim that LGSCO published nothing: LGSCO still publishes figures for a
 * council in the year after its abolition, and the add-in holds only what it was given.
 */
function nothingHeld(subject: Subject): FormulaError {
  const { authority, year } = subject;
  if (!canHaveFiguresIn(authority, year)) {
    return notPublished(`${describeAuthority(authority)} did not exist yet in ${year}: the add-in holds no figures for it that year.`);
  }
  const years = subject.held.map((figures) => figures.year).sort(compareYears);
  const heldYears = years.length === 0 ? "none are held for any year" : `years held: ${years.join(", ")}`;
  const abolished =
    authority.validTo !== undefined && !isValidIn(authority, year)
      ? ` It was abolished on ${authority.validTo}; LGSCO can still publish figures for complaints it decided about it later: fetch its LGSCO page or import the document.`
      : "";
  return notPublished(`Not held: the add-in holds no LGSCO figures for ${authority.name} in ${year} (${heldYears}).${abolished}`);
}

const PER_100K = "upheld decisions per 100,000 residents";

/** First year LGSCO published a figure, where it started later than the others (docs/design.md §1). */
const PUBLISHED_FROM: Partial<Record<string, string>> = {
  [PER_100K]: "2022-23",
};

/** #N/A for a year before LGSCO began publishing `what`; undefined when it was published then. */
function notYetPublished(subject: Subject, what: string): FormulaError | undefined {
  const from = PUBLISHED_FROM[what];
  if (from === undefined || compareYears(subject.year, from) >= 0) return undefined;
  return notPublished(`Not published: LGSCO gives ${what} from ${from} on, not for ${subject.year}.`);
}

function figureMissing(subject: Subject, what: string): FormulaError {
  return notYetPublished(subject, what) ?? notPublished(`Not published: LGSCO's figures held for ${subject.authority.name} in ${subject.year} give no ${what}.`);
}

/** A council's own figure for its year: #N/A when the year or the figure is not held. */
function ownFigure(
  store: FunctionFigures,
  council: unknown,
  year: unknown,
  what: string,
  read: (figures: YearFigures) => number | undefined,
  asFraction: boolean,
): FormulaResult {
  const subject = readSubject(store, council, year);
  if (isFormulaError(subject)) return subject;
  if (subject.figures === undefined) return nothingHeld(subject);
  const figure = read(subject.figures);
  if (figure === undefined) return figureMissing(subject, what);
  return value(asFraction ? fraction(figure) : figure);
}

/** LGSCO's 73 (per cent) as 0.73, the same number the key statistics sheet writes. */
function fraction(rate: number): number {
  const cell = percentAsFraction(rate);
  if (typeof cell !== "number") throw new TypeError(`A rate of ${rate} gave no number`);
  return cell;
}

/** =LGSCO.UPHELD: complaints upheld, as a share of detailed investigations. */
export function upheldRate(store: FunctionFigures, council: unknown, year: unknown): FormulaResult {
  return ownFigure(store, council, year, "upheld rate", (figures) => figures.upheld?.rate, true);
}

/** =LGSCO.COMPLIANCE: compliance with LGSCO's recommendations. */
export function complianceRate(store: FunctionFigures, council: unknown, year: unknown): FormulaResult {
  return ownFigure(store, council, year, "compliance rate", (figures) => figures.compliance?.rate, true);
}

/** =LGSCO.REMEDY: satisfactory remedy by the council, as a share of upheld cases. */
export function remedyRate(store: FunctionFigures, council: unknown, year: unknown): FormulaResult {
  return ownFigure(store, council, year, "satisfactory remedy rate", (figures) => figures.satisfactoryRemedy?.rate, true);
}

/** =LGSCO.PER100K: upheld decisions per 100,000 residents. */
export function upheldPer100k(store: FunctionFigures, council: unknown, year: unknown): FormulaResult {
  return ownFigure(store, council, year, PER_100K, (figures) => figures.upheldPer100k?.value, false);
}

const AVERAGE_OF: Record<AverageMeasure, { what: string; own: (figures: YearFigures) => number | undefined; published: keyof SimilarAverages; asFraction: boolean }> = {
  upheld: { what: "similar-authority average upheld rate", own: (f) => f.upheld?.similarAverage, published: "upheld", asFraction: true },
  per100k: {
    what: "similar-authority average of upheld decisions per 100,000 residents",
    own: (f) => f.upheldPer100k?.similarAverage,
    published: "upheldPer100k",
    asFraction: false,
  },
  compliance: { what: "similar-authority average compliance rate", own: (f) => f.compliance?.similarAverage, published: "compliance", asFraction: true },
  remedy: {
    what: "similar-authority average satisfactory remedy rate",
    own: (f) => f.satisfactoryRemedy?.similarAverage,
    published: "satisfactoryRemedy",
    asFraction: true,
  },
};

/**
 * =LGSCO.AVERAGE: LGSCO's published average for councils of this council's type in the year, as
 * printed with the council's own figures, else as published for the type that year. The store's
 * records already carry the type's average beside each figure printed without one (the rule of
 * domain/similar-averages.ts, which the key statistics sheet follows too); the type's average is
 * looked up here for a year or measure with no figure held.
 */
export function similarAverage(store: FunctionFigures, council: unknown, year: unknown, measure: unknown): FormulaResult {
  const wanted = readMeasure(measure, AVERAGE_MEASURES, "AVERAGE");
  const subject = readSubject(store, council, year);
  if (isFormulaError(subject)) return subject;
  if (isFormulaError(wanted)) return wanted;
  const of = AVERAGE_OF[wanted];
  const own = subject.figures === undefined ? undefined : of.own(subject.figures);
  // After abolition a council has no similar authorities: LGSCO prints "n/a", so the type's average is not used.
  const existed = isValidIn(subject.authority, subject.year);
  const published = existed ? store.similarAverages(subject.authority.type, subject.year)?.[of.published] : undefined;
  const average = own ?? (typeof published === "number" ? published : undefined);
  if (average !== undefined) return value(of.asFraction ? fraction(average) : average);
  if (!existed) {
    if (subject.figures === undefined) return nothingHeld(subject);
    return notPublished(
      `Not held: the figures held for ${subject.authority.name} in ${subject.year} (after its abolition on ${subject.authority.validTo}) give no ${of.what}, and councils that existed that year are not its similar authorities.`,
    );
  }
  const early = wanted === "per100k" ? notYetPublished(subject, PER_100K) : undefined;
  if (early !== undefined) return early;
  return notPublished(`Not published: no ${of.what} for ${subject.authority.type.toLowerCase()}s in ${subject.year} is held.`);
}

const COUNT_OF: Record<CountMeasure, { what: string; read: (figures: YearFigures) => number | undefined }> = {
  // Wherever LGSCO printed them, as the key statistics sheet shows them (domain/published-counts).
  investigations: { what: "number of detailed investigations", read: (f) => publishedInvestigations(f)?.value },
  upheld: { what: "number of upheld decisions", read: (f) => publishedUpheldCount(f)?.value },
  compliance: { what: "number of compliance outcomes", read: (f) => f.compliance?.of },
  remedy: { what: "number of satisfactory remedy decisions", read: (f) => f.satisfactoryRemedy?.count },
};

/** =LGSCO.COUNT: a published count, the base beside a rate. */
export function publishedCount(store: FunctionFigures, council: unknown, year: unknown, measure: unknown): FormulaResult {
  const wanted = readMeasure(measure, COUNT_MEASURES, "COUNT");
  const subject = readSubject(store, council, year);
  if (isFormulaError(subject)) return subject;
  if (isFormulaError(wanted)) return wanted;
  if (subject.figures === undefined) return nothingHeld(subject);
  const count = COUNT_OF[wanted].read(subject.figures);
  return count === undefined ? figureMissing(subject, COUNT_OF[wanted].what) : value(count);
}

/**
 * =LGSCO.FLAGS: the scrutiny flags on the council's year, ids joined with "; " in docs/design.md §3
 * order, with the store's flag settings. Records-mismatch needs the council's own records, which
 * only the workbook holds: it is never among these.
 *
 * The rule for what is missing: "" (no flag) is answered only when every key figure a flag is
 * judged on was held: the upheld, compliance and satisfactory remedy rates with their
 * similar-authority averages, and from 2022-23 upheld decisions per 100,000 residents with its
 * type average. When any is missing the answer is #N/A, whose message names the figures missing,
 * the flags that could not be judged, and the flags the figures held do raise.
 */
export function scrutinyFlags(store: FunctionFigures, council: unknown, year: unknown): FormulaResult {
  const subject = readSubject(store, council, year);
  if (isFormulaError(subject)) return subject;
  if (subject.figures === undefined) return nothingHeld(subject);
  const before = subject.held.find((figures) => figures.year === previousYear(subject.year));
  const raised = joinFlagIds(flagsForYear(subject.figures, before, store.flagSettings));
  const notJudged = flagsNotJudged(subject.figures);
  if (notJudged.length === 0) return value(raised);
  const missing = [...new Set(notJudged.flatMap((flag) => flag.missing))];
  return notPublished(
    `Not judged: the figures held for ${subject.authority.name} in ${subject.year} give no ${listInWords(missing)}, ` +
      `so ${listInWords(notJudged.map((flag) => flag.id))} could not be judged. ` +
      `Flags from the figures held: ${raised === "" ? "none" : raised}.`,
  );
}

export interface LgscoFunction {
  /** The name after `LGSCO.` in a formula. */
  name: string;
  parameters: readonly ("council" | "year" | "measure")[];
  evaluate(store: FunctionFigures, args: readonly unknown[]): FormulaResult;
}

/** Every =LGSCO.* function by name, for the CLI (Excel calls the functions in functions.ts). */
export const LGSCO_FUNCTIONS: readonly LgscoFunction[] = [
  { name: "UPHELD", parameters: ["council", "year"], evaluate: (store, [council, year]) => upheldRate(store, council, year) },
  { name: "COMPLIANCE", parameters: ["council", "year"], evaluate: (store, [council, year]) => complianceRate(store, council, year) },
  { name: "REMEDY", parameters: ["council", "year"], evaluate: (store, [council, year]) => remedyRate(store, council, year) },
  { name: "PER100K", parameters: ["council", "year"], evaluate: (store, [council, year]) => upheldPer100k(store, council, year) },
  {
    name: "AVERAGE",
    parameters: ["council", "year", "measure"],
    evaluate: (store, [council, year, measure]) => similarAverage(store, council, year, measure),
  },
  {
    name: "COUNT",
    parameters: ["council", "year", "measure"],
    evaluate: (store, [council, year, measure]) => publishedCount(store, council, year, measure),
  },
  { name: "FLAGS", parameters: ["council", "year"], evaluate: (store, [council, year]) => scrutinyFlags(store, council, year) },
];

export function lgscoFunction(name: string): LgscoFunction | undefined {
  return LGSCO_FUNCTIONS.find((candidate) => candidate.name === name.toUpperCase());
}
