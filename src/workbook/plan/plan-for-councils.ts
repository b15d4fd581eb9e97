// One path from "these councils, these years, these settings" to the sheet plan, shared by
// Fetch my council and Refresh comparisons in Excel and by `cli fetch`: pick each council's
// published figures, set each beside the average LGSCO published for its type that year where
// its own document printed none, flag them (trends looking at the year before even when it is
// out of range), and gather the councils held for comparison.
import type { CouncilYear } from "../../domain/comparisons";
import { DEFAULT_FLAG_SETTINGS, type FlagSettings } from "../../domain/flag-settings";
import { flagsForCouncilYears } from "../../domain/flags";
import { countByYear, escalation } from "../../domain/own-records";
import { reconcile, recordsMismatchFlags } from "../../domain/reconciliation";
import { isValidIn } from "../../domain/register";
import { withTypeAverages } from "../../domain/similar-averages";
import type { Authority, AuthorityType, Flag, SimilarAverages, YearFigures } from "../../domain/types";
import { compareYears, yearRange } from "../../domain/years";
import { buildSheetPlan } from "./build-plan";
import { holdsAnyFigure } from "./key-stats-sheet";
import type { SheetPlan } from "./plan";
import type { CouncilInPlan, OwnRecords, OwnRecordsInPlan } from "./plan-input";

export interface YearSpan {
  from: string;
  to: string;
}

export interface CouncilPlanRequest {
  /** The councils in the workbook, the one just fetched first (its Upheld % is charted unless `chartCouncil` says otherwise). */
  councils: readonly Authority[];
  /** Inclusive; every year held when absent. */
  years?: YearSpan;
  /**
   * A council's own range, by GSS code, in place of `years`: Fetch narrows the council fetched
   * without narrowing the councils already in the workbook.
   */
  yearsByCouncil?: Readonly<Record<string, YearSpan>>;
  /**
   * Each council's years, by GSS code, in place of any span: what councilYears (council-years.ts)
   * gives for a Fetch or a Refresh of the workbook as read. A council listed here gets exactly these.
   */
  councilYears?: Readonly<Record<string, readonly string[]>>;
  settings?: FlagSettings;
  /** Every published figure held (embedded dataset, merged with any live page or letter): one record per council and year. */
  held: readonly YearFigures[];
  /**
   * LGSCO's published averages for a type and year (the dataset's or the figures store's): a
   * council's figure is compared with them where its own document printed no average. Required,
   * so that no way into the plan forgets them; `() => undefined` where none are held.
   */
  similarAverages: (type: AuthorityType, year: string) => SimilarAverages | undefined;
  /** The register, to place comparators by type and by the years they existed. */
  register: readonly Authority[];
  /** ISO date the figures are as of. */
  asOf: string;
  /** GSS code of the council to chart. */
  chartCouncil?: string;
  /** A council's own complaints register, by GSS code: reconciled with its published figures (`Ombudsman vs records`). */
  ownRecords?: Readonly<Record<string, OwnRecords>>;
  /** The analyst's own peer sets (GSS codes), by the GSS code of the council each is for: the peers sheet shows them. */
  peerSets?: Readonly<Record<string, readonly string[]>>;
}

export type PlanRequestProblem = "no-councils" | "empty-year-range" | "no-figures";

/** A request the plan cannot be made from, said in the analyst's words. */
export class PlanRequestError extends Error {
  override readonly name = "PlanRequestError";
  constructor(
    readonly problem: PlanRequestProblem,
    message: string,
    /** For "no-figures": the years held for each council requested, outside the range asked for. */
    readonly heldYears: Readonly<Record<string, string[]>> = {},
  ) {
    super(message);
  }
}

function normalName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, " ");
}

/** Whether a record is about this council: by GSS code (any of its codes) where matched, else by name. */
export function figuresAreFor(authority: Authority, figures: YearFigures): boolean {
  if (figures.gss !== undefined) return figures.gss === authority.gss || (authority.otherCodes ?? []).includes(figures.gss);
  const names = [authority.name, ...(authority.otherNames ?? [])].map(normalName);
  return names.includes(normalName(figures.authority));
}

/**
 * The councils a plan covers when `chosen` is fetched into a workbook already holding
 * `inWorkbook` (GSS codes): the chosen first (it is charted), then the others still in the
 * register, each once. Refresh passes no chosen council.
 */
export function councilsWithWorkbook(chosen: readonly Authority[], inWorkbook: readonly string[], register: readonly Authority[]): Authority[] {
  const councils = [...chosen];
  for (const gss of inWorkbook) {
    const authority = register.find((candidate) => candidate.gss === gss || (candidate.otherCodes ?? []).includes(gss));
    if (authority && !councils.some((council) => council.gss === authority.gss)) councils.push(authority);
  }
  return councils;
}

export function inYearSpan(year: string, span: YearSpan | undefined): boolean {
  return span === undefined || (compareYears(year, span.from) >= 0 && compareYears(year, span.to) <= 0);
}

function describeSpan(span: YearSpan | undefined): string {
  return span === undefined ? "any year" : span.from === span.to ? span.from : `${span.from} to ${span.to}`;
}

function describeRange(range: CouncilRange): string {
  if (!("years" in range)) return describeSpan(range.span);
  return range.years.length === 0 ? "no year" : range.years.join(", ");
}

function assertOneRecordPerYear(authority: Authority, years: readonly YearFigures[]): void {
  const seen = new Set<string>();
  for (const figures of years) {
    if (seen.has(figures.year)) {
      // Merging records is the sources' job (preferring LGSCO's page, then a letter …); two here is a bug upstream.
      throw new Error(`Two records of ${authority.name} ${figures.year} reached the sheet plan: merge them first.`);
    }
    seen.add(figures.year);
  }
}

/** The years a council's rows cover: a span (every year when absent), or a list of years. */
type CouncilRange = { span: YearSpan | undefined } | { years: readonly string[] };

function inRange(year: string, range: CouncilRange): boolean {
  return "years" in range ? range.years.includes(year) : inYearSpan(year, range.span);
}

/** The council's register beside its published figures, for the years in range that the register reaches. */
function beside(authority: Authority, published: readonly YearFigures[], records: OwnRecords, range: CouncilRange): OwnRecordsInPlan {
  const years = "years" in range ? [...range.years] : range.span === undefined ? undefined : yearRange(range.span.from, range.span.to);
  const reconciliation = reconcile(published, countByYear(records.complaints, records.notRecorded), {
    council: authority.name,
    ...(years === undefined ? {} : { years }),
  });
  const followed = escalation(records.complaints, records.notRecorded);
  return {
    source: records.source,
    problemCount: records.problemCount,
    reconciliation,
    escalation: followed.rows.filter((row) => inRange(row.year, range)),
    undated: followed.undated,
    ...(records.notRecorded === undefined || records.notRecorded.length === 0 ? {} : { notRecorded: records.notRecorded }),
  };
}

/** The peer sets' councils from the register; a code it no longer holds is left out. */
function peerSetsOf(sets: CouncilPlanRequest["peerSets"], register: readonly Authority[]): Record<string, Authority[]> {
  const byCode = (gss: string): Authority | undefined => register.find((candidate) => candidate.gss === gss || (candidate.otherCodes ?? []).includes(gss));
  return Object.fromEntries(
    Object.entries(sets ?? {}).map(([gss, codes]) => [gss, codes.flatMap((code) => byCode(code) ?? [])]),
  );
}

/** A council as the plan writes it: the years in its rows and its flags, typed (nothing read back from the tables). */
export interface CouncilPlanned {
  authority: Authority;
  /** Oldest first. */
  years: string[];
  /** Every flag the plan lists for it, records-mismatch flags from its register included. */
  flags: Flag[];
  /** Its register set beside its published figures, when the request gave one. */
  ownRecords?: OwnRecordsInPlan;
}

/** The plan, with what it says about each council for the pane, the CLI and the bench. */
export interface PlannedWorkbook {
  plan: SheetPlan;
  /** In the order requested (the chosen council first). */
  councils: CouncilPlanned[];
}

/**
 * The years `authority` would get rows for from this request (oldest first): the explicit check
 * that a council has something to write, made before anything is read from or written to a workbook.
 */
export function yearsToWrite(request: CouncilPlanRequest, authority: Authority): string[] {
  const listed = request.councilYears?.[authority.gss];
  const span = request.yearsByCouncil?.[authority.gss] ?? request.years;
  return request.held
    .filter((figures) => figuresAreFor(authority, figures) && holdsAnyFigure(figures))
    .map((figures) => figures.year)
    .filter((year) => (listed === undefined ? inYearSpan(year, span) : listed.includes(year)))
    .sort(compareYears);
}

/** The sheet plan alone (tests and callers that need no per-council results). */
export function planForCouncils(request: CouncilPlanRequest): SheetPlan {
  return planWorkbook(request).plan;
}

export function planWorkbook(request: CouncilPlanRequest): PlannedWorkbook {
  const { held, register } = request;
  const settings = request.settings ?? DEFAULT_FLAG_SETTINGS;
  if (request.councils.length === 0) throw new PlanRequestError("no-councils", "No council was chosen.");
  const spanOf = (authority: Authority): YearSpan | undefined => request.yearsByCouncil?.[authority.gss] ?? request.years;
  const rangeOf = (authority: Authority): CouncilRange => {
    const listed = request.councilYears?.[authority.gss];
    if (listed === undefined) return { span: spanOf(authority) };
    // Every year held is "every year": the council's own register is then set beside all its years.
    const everyYear = heldFor(authority).every((figures) => listed.includes(figures.year));
    return everyYear ? { span: undefined } : { years: listed };
  };
  for (const span of [request.years, ...Object.values(request.yearsByCouncil ?? {})]) {
    if (span !== undefined && compareYears(span.from, span.to) > 0) {
      throw new PlanRequestError("empty-year-range", `The year range ${span.from} to ${span.to} is empty: the first year is after the last.`);
    }
  }

  /** The council's records that hold a published figure, every year. */
  const heldFor = (authority: Authority): YearFigures[] => held.filter((figures) => figuresAreFor(authority, figures) && holdsAnyFigure(figures));

  const councils: CouncilInPlan[] = request.councils.map((authority) => {
    const range = rangeOf(authority);
    // A year after abolition has no similar authorities (LGSCO prints "n/a"): no type average is filled in.
    const all = heldFor(authority).map((figures) =>
      withTypeAverages(figures, isValidIn(authority, figures.year) ? request.similarAverages(authority.type, figures.year) : undefined),
    );
    assertOneRecordPerYear(authority, all);
    const years = all.filter((figures) => inRange(figures.year, range));
    // Flag every year held so a trend can look at the year before the range; keep those in range.
    const flags = flagsForCouncilYears(all, settings).filter((flag) => inRange(flag.year, range));
    const records = request.ownRecords?.[authority.gss];
    if (records === undefined) return { authority, years, flags };
    const ownRecords = beside(authority, all, records, range);
    return { authority, years, flags: [...flags, ...recordsMismatchFlags(ownRecords.reconciliation, authority.gss)], ownRecords };
  });

  if (councils.every((council) => council.years.length === 0)) {
    const heldYears = Object.fromEntries(request.councils.map((authority) => [authority.name, heldFor(authority).map((figures) => figures.year).sort(compareYears)]));
    const names = request.councils.map((authority) => `${authority.name} in ${describeRange(rangeOf(authority))}`).join(", ");
    throw new PlanRequestError("no-figures", `No published figures are held for ${names}.`, heldYears);
  }

  // Every council held is a candidate; the peers sheet takes the types and years the plan shows.
  const comparators: CouncilYear[] = held.flatMap((figures) => {
    const authority = register.find((candidate) => figuresAreFor(candidate, figures));
    return authority ? [{ authority, figures }] : [];
  });

  const plan = buildSheetPlan({
    councils,
    comparators,
    asOf: request.asOf,
    peers: { minimumRanked: settings.peerRankMinimum, register, sets: peerSetsOf(request.peerSets, register) },
    ...(request.chartCouncil === undefined ? {} : { chartCouncil: request.chartCouncil }),
  });
  return {
    plan,
    councils: councils.map((council) => ({
      authority: council.authority,
      years: [...new Set(council.years.map((figures) => figures.year))].sort(compareYears),
      flags: council.flags,
      ...(council.ownRecords === undefined ? {} : { ownRecords: council.ownRecords }),
    })),
  };
}
