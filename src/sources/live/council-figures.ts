// A council's published figures by year, as Fetch my council and `cli fetch` show them: the
// embedded dataset's years, and, when the live pull is on, the year LGSCO's statistics page
// covers taken from the page itself (with the page's address and the time it was read). When the
// live pull fails, the dataset stands and the status says why, in words an analyst can act on.
import { FIGURE_GROUPS, type FigureGroup } from "../../domain/figure-paths";
import { sourceOfFigure } from "../../domain/figure-sources";
import { describeReplacedFigures } from "../../domain/replaced-figures";
import type { LookupResult } from "../../domain/register";
import type { Authority, FigureSource, YearFigures } from "../../domain/types";
import { compareYears } from "../../domain/years";
import type { FetchPageOptions, StatisticsPage } from "./lgsco-client";
import { LgscoFetchError } from "./lgsco-fetch-error";
import { pageNameCandidates } from "./page-names";
import { describeDisagreements } from "../documents/cross-check";
import { DocumentParseError, isDocumentParseError } from "../documents/parse-error";
import { parseStatisticsPage } from "../documents/statistics-page";

/** The part of the embedded dataset this service reads (the loader's `Dataset` fits). */
export interface EmbeddedFigures {
  /** ISO date the dataset's figures are as of. */
  readonly asOf: string;
  figuresFor(gss: string): YearFigures[];
  readonly register: { lookup(query: string, options?: { year?: string }): LookupResult };
}

/**
 * Reads a statistics page (HTML) into its years' figures, oldest first; throws
 * DocumentParseError. `parseStatisticsPage` is the one the product uses.
 */
export type StatisticsPageReader = (html: string, options: { source: { url: string; retrieved: string } }) => YearFigures[];

export interface StatisticsPageFetcher {
  fetchStatisticsPage(slug: string, options?: FetchPageOptions): Promise<StatisticsPage>;
}

export interface CouncilFiguresOptions {
  /** Fetch LGSCO's statistics page; off by default (the embedded figures work offline). */
  live?: boolean;
  /** The client to fetch with (pane: the add-in host's /lgsco; Node: LGSCO itself). Needed when live. */
  client?: StatisticsPageFetcher;
  /** Reads the fetched page; default `parseStatisticsPage`. */
  readPage?: StatisticsPageReader;
  /** Only these years, inclusive. */
  years?: { from: string; to: string };
  signal?: AbortSignal;
  /**
   * The council's LGSCO page name set by the analyst or remembered from an earlier pull: tried
   * first, before the names derived from the register (page-names.ts).
   */
  pageName?: string;
  /** Try `pageName` alone (the CLI's --lgsco-page: the analyst said which page). */
  onlyPageName?: boolean;
}

export type LivePullStatus =
  | { state: "off"; message: string }
  | {
      state: "used";
      /** The year the page covers, now shown from the page. */
      year: string;
      url: string;
      retrieved: string;
      /** Whether the page came from the cache (fetched earlier, within a day). */
      fromCache: boolean;
      /** The page name that answered: the caller remembers it (pane settings, the CLI's cache). */
      pageName: string;
      message: string;
    }
  | { state: "not-used"; year: string; message: string }
  | { state: "failed"; reason: LivePullFailure; message: string };

/** Why the live pull failed: a fetch failure's kind, or what was wrong with the page. */
export type LivePullFailure = LgscoFetchError["kind"] | "unreadable-page" | "other-council" | "inconsistent-page" | "no-client";

export interface CouncilFigures {
  authority: Authority;
  /** Oldest first; empty when nothing is held or fetched for the years asked. */
  figures: YearFigures[];
  live: LivePullStatus;
  /** The embedded dataset's as-of date. */
  datasetAsOf: string;
}

export async function councilFigures(
  authority: Authority,
  dataset: EmbeddedFigures,
  options: CouncilFiguresOptions = {},
): Promise<CouncilFigures> {
  const inRange = (year: string): boolean =>
    options.years === undefined ||
    (compareYears(year, options.years.from) >= 0 && compareYears(year, options.years.to) <= 0);
  const embedded = dataset.figuresFor(authority.gss).filter((record) => inRange(record.year));
  const asOf = dataset.asOf;
  const result = (figures: YearFigures[], live: LivePullStatus): CouncilFigures => ({
    authority,
    figures: [...figures].sort((a, b) => compareYears(a.year, b.year)),
    live,
    datasetAsOf: asOf,
  });

  if (!options.live) {
    return result(embedded, { state: "off", message: `Showing the embedded figures as of ${asOf} (live pull off).` });
  }
  const fallback = (reason: LivePullFailure, why: string): CouncilFigures =>
    result(embedded, { state: "failed", reason, message: `${withoutFullStop(why)}; showing the embedded figures as of ${asOf}.` });
  if (options.client === undefined) return fallback("no-client", "The live pull is not set up here");
  const readPage = options.readPage ?? parseStatisticsPage;

  let fetched: StatisticsPage | { notFound: string[] };
  try {
    fetched = await fetchFirstFound(options.client, pageNamesToTry(authority, options), options.signal);
  } catch (error) {
    if (error instanceof LgscoFetchError) return fallback(error.kind, error.message);
    throw error;
  }
  if ("notFound" in fetched) return fallback("not-found", notFoundAnywhere(authority, fetched.notFound, options.onlyPageName === true));
  const page = fetched;

  let live: YearFigures;
  try {
    // A page fetched from LGSCO covers one year; should one ever show more, the latest is its year.
    const read = readPage(page.html, { source: { url: page.url, retrieved: page.retrieved } });
    const latest = read[read.length - 1];
    if (latest === undefined) throw new DocumentParseError("unknown-layout", "statistics sentences", "no year's figures found");
    live = latest;
  } catch (error) {
    if (!isDocumentParseError(error)) throw error;
    return fallback("unreadable-page", `LGSCO's statistics page for ${authority.name} could not be read (${withoutFullStop(error.message)})`);
  }

  const other = otherCouncilNamed(live.authority, live.year, authority, dataset.register);
  if (other !== undefined) {
    return fallback("other-council", `LGSCO's page at ${page.url} is about ${other}, not ${authority.name}`);
  }
  // A rate its own counts contradict is reported, not taken (issue 12): the held figures stand.
  const disagreement = describeDisagreements(live);
  if (disagreement !== undefined) {
    return fallback("inconsistent-page", `LGSCO's page at ${page.url} disagrees with its own counts (${disagreement}), so its ${live.year} figures were not taken`);
  }
  if (!inRange(live.year)) {
    return result(embedded, {
      state: "not-used",
      year: live.year,
      message: `LGSCO's page holds ${live.year}, outside the years asked for (${options.years!.from} to ${options.years!.to}); showing the embedded figures as of ${asOf}.`,
    });
  }

  const source: FigureSource = { ...live.source, kind: "statistics-page", url: page.url, retrieved: page.retrieved };
  const liveRecord: YearFigures = { ...live, source, gss: authority.gss };
  const held = embedded.find((record) => record.year === live.year);
  const figures = [...embedded.filter((record) => record.year !== live.year), held ? mergeLiveYear(liveRecord, held) : liveRecord];
  const cached = page.from === "cache" ? ", kept from a fetch within the last day" : "";
  return result(figures, {
    state: "used",
    year: live.year,
    url: page.url,
    retrieved: page.retrieved,
    fromCache: page.from === "cache",
    pageName: page.slug,
    message:
      `${live.year} figures are from LGSCO's statistics page (read ${describeTime(page.retrieved)}${cached})` +
      (figures.length > 1 ? `; other years are the embedded figures as of ${asOf}.` : "."),
  });
}

/**
 * The live year: the page's figure groups replace the dataset's; a group the page does not carry
 * (a copy cut off before the remedy block, say) stays from the dataset with its own source.
 */
export function mergeLiveYear(live: YearFigures, held: YearFigures): YearFigures {
  const replaced = describeReplacedFigures(live, held);
  const merged: YearFigures = replaced === undefined ? { ...live } : { ...live, source: { ...live.source, replaced } };
  const figureSources: Record<string, FigureSource> = { ...(live.figureSources ?? {}) };
  const kept: FigureGroup[] = [];
  for (const group of FIGURE_GROUPS) {
    if (live[group] !== undefined || held[group] === undefined) continue;
    (merged as unknown as Record<string, unknown>)[group] = held[group];
    figureSources[group] = sourceOfFigure(held, group);
    for (const [path, source] of Object.entries(held.figureSources ?? {})) {
      if (path.startsWith(`${group}.`)) figureSources[path] = source;
    }
    kept.push(group);
  }
  if (Object.keys(figureSources).length > 0) merged.figureSources = figureSources;
  const notes = [...(live.notes ?? [])];
  if (kept.length > 0) {
    notes.push(`LGSCO's page did not show ${kept.map((group) => GROUP_NAMES[group]).join(", ")}; those figures are the embedded dataset's.`);
  }
  if (notes.length > 0) merged.notes = notes;
  return merged;
}

/** The names to try, in page-names.ts's order; the analyst's alone when they said so. */
export function pageNamesToTry(authority: Authority, options: Pick<CouncilFiguresOptions, "pageName" | "onlyPageName">): string[] {
  if (options.pageName !== undefined && options.onlyPageName) return [options.pageName];
  return pageNameCandidates(authority, options.pageName === undefined ? {} : { known: options.pageName });
}

/**
 * Fetches the first of `names` LGSCO has a page under: a "not found" moves on to the next name,
 * any other failure ends the search at once (asking again under other names would not help).
 */
async function fetchFirstFound(
  client: StatisticsPageFetcher,
  names: readonly string[],
  signal?: AbortSignal,
): Promise<StatisticsPage | { notFound: string[] }> {
  const tried: string[] = [];
  for (const name of names) {
    try {
      return await client.fetchStatisticsPage(name, signal ? { signal } : {});
    } catch (error) {
      if (!(error instanceof LgscoFetchError) || (error.kind !== "not-found" && error.kind !== "invalid-slug")) throw error;
      tried.push(name);
    }
  }
  return { notFound: tried };
}

/** A wrong page name, said plainly in one sentence, with what the analyst can do instead. */
function notFoundAnywhere(authority: Authority, tried: string[], onlyGiven: boolean): string {
  if (onlyGiven) {
    return `LGSCO has no statistics page for ${authority.name} under the page name "${tried[0]}" given; check it against the address of the council's page on lgo.org.uk`;
  }
  const names = tried.length <= 2 ? tried.map((name) => `"${name}"`).join(" or ") : `any of the ${tried.length} names tried ("${tried[0]}", "${tried[1]}" …)`;
  return (
    `LGSCO has no statistics page for ${authority.name} under ${names}. ` +
    `Find "${authority.shortName}" on lgo.org.uk's "Your council's performance" map and give the page's name (its address before /statistics) ` +
    `as the LGSCO page name, or use the annual letter or LGSCO's data tables instead`
  );
}

/**
 * The name of the council a statistics page is about, when the register says it is another
 * council than `wanted` (the one whose address the page was read from) or does not know it.
 */
export function otherCouncilNamed(pageAuthority: string, year: string, wanted: Authority, register: EmbeddedFigures["register"]): string | undefined {
  const found = register.lookup(pageAuthority, { year });
  if (found.kind === "found") return found.authority.gss === wanted.gss ? undefined : found.authority.name;
  if (found.kind === "ambiguous") {
    return found.candidates.some((candidate) => candidate.gss === wanted.gss) ? undefined : pageAuthority;
  }
  // A name the register does not know ("Gotham City Council", a misspelling) is no evidence the
  // page is this council's: the address alone does not make its figures this council's (issue 12).
  return `"${pageAuthority}" (a council the register does not know)`;
}

const GROUP_NAMES: Record<FigureGroup, string> = {
  upheld: "complaints upheld",
  upheldPer100k: "upheld decisions per 100,000 residents",
  compliance: "compliance with recommendations",
  satisfactoryRemedy: "satisfactory remedy",
  overview: "the complaint overview",
  received: "complaints received",
  decisions: "decisions made",
};

/** "2026-01-15 09:00 UTC" from an ISO date-time. */
function describeTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

function withoutFullStop(sentence: string): string {
  return sentence.trim().replace(/\.$/, "");
}
