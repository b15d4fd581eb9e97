// One place to ask "the published figures for council X, year Y", shared by the task pane and the
// =LGSCO.* custom functions (they run on one shared runtime). It layers, per council and year:
// the embedded dataset, the council's statistics page as last kept in the page cache (read from
// the cache only: never a network request), and the pages and letters the pane hands it after a
// Fetch, a Refresh or a letter import. Listeners hear of every change, so streaming functions
// send their values again without a recalculation.
import { FIGURE_GROUPS, type FigureGroup } from "../domain/figure-paths";
import { sourceOfFigure } from "../domain/figure-sources";
import { DEFAULT_FLAG_SETTINGS, type FlagSettings } from "../domain/flag-settings";
import { describeReplacedFigures } from "../domain/replaced-figures";
import { withTypeAverages } from "../domain/similar-averages";
import { CouncilNotFoundError, isValidIn, type LookupOptions, type LookupResult, type Register } from "../domain/register";
import type { Authority, AuthorityType, FigureSource, SimilarAverages, YearFigures } from "../domain/types";
import { compareYears, parseYear } from "../domain/years";
import { otherCouncilNamed, type CouncilFigures, type StatisticsPageReader } from "./live/council-figures";
import type { PageCache } from "./live/page-cache";
import { describeDisagreements } from "./documents/cross-check";
import { isDocumentParseError } from "./documents/parse-error";
import { parseStatisticsPage } from "./documents/statistics-page";

/** The part of the embedded dataset the store reads (the loader's `Dataset` fits). */
export interface StoreDataset {
  /** ISO date the embedded figures are as of. */
  readonly asOf: string;
  readonly register: Register;
  figuresFor(gss: string): YearFigures[];
  similarAverages(type: AuthorityType, year: string): SimilarAverages | undefined;
}

/** A statistics page as the page cache keeps it. */
export interface CachedStatisticsPage {
  /** LGSCO's address of the page: what its figures cite. */
  url: string;
  html: string;
  /** ISO date-time the page was received or last confirmed unchanged. */
  retrieved: string;
}

/** The cached copy of the statistics page with this slug, if any; must not touch the network. */
export type CachedPageReader = (slug: string) => CachedStatisticsPage | undefined;

/**
 * Reads the pages an LgscoClient keeps in `cache`: the client stores each page under the address
 * it requests (`client.requestUrl(slug)`), so the reader must use the same client settings.
 */
export function pageCacheReader(cache: PageCache, client: { requestUrl(slug: string): string }): CachedPageReader {
  return (slug) => {
    const page = cache.get(client.requestUrl(slug));
    return page === undefined ? undefined : { url: page.url, html: page.html, retrieved: page.retrieved };
  };
}

export interface FiguresStoreOptions {
  dataset: StoreDataset;
  /** Statistics pages kept from earlier fetches; none when absent. */
  cachedPages?: CachedPageReader;
  /** Reads a cached page; default `parseStatisticsPage`. */
  readPage?: StatisticsPageReader;
  flagSettings?: FlagSettings;
}

/** What changed: one council's year (a page or letter added), every council (the cache), or the flag settings. */
export type FiguresChange =
  | { reason: "figures-added"; gss: string; year: string; source: FigureSource["kind"] }
  | { reason: "cached-pages" }
  | { reason: "flag-settings" };

export type FiguresListener = (change: FiguresChange) => void;

/**
 * docs/design.md §2: where documents disagree, prefer LGSCO's page, then a letter, then a council report,
 * then the press. A data file is LGSCO's own; the dataset's kind stands for figures whose
 * document is not named.
 */
const SOURCE_RANK: Readonly<Record<string, number>> = {
  "statistics-page": 0,
  "annual-letter": 1,
  "data-file": 2,
  "council-report": 3,
  press: 4,
  dataset: 5,
};
const rankOf = (source: FigureSource): number => SOURCE_RANK[source.kind] ?? 6;

/** A record for one council and year, and when it arrived (later wins between equal sources). */
interface Layer {
  figures: YearFigures;
  order: number;
}

export class FiguresStore {
  readonly #dataset: StoreDataset;
  readonly #cachedPages: CachedPageReader | undefined;
  readonly #readPage: StatisticsPageReader;
  #flagSettings: FlagSettings;
  /** Pages and letters handed over since the store opened, by GSS code, in arrival order. */
  readonly #added = new Map<string, Layer[]>();
  /** The cached page's year per council, read once per council until the cache changes (null: none). */
  readonly #fromCache = new Map<string, YearFigures | null>();
  /** Merged years per council, oldest first, until that council's figures change. */
  readonly #merged = new Map<string, YearFigures[]>();
  readonly #listeners = new Set<FiguresListener>();
  #arrivals = 0;
  #version = 0;

  constructor(options: FiguresStoreOptions) {
    this.#dataset = options.dataset;
    this.#cachedPages = options.cachedPages;
    this.#readPage = options.readPage ?? parseStatisticsPage;
    this.#flagSettings = options.flagSettings ?? DEFAULT_FLAG_SETTINGS;
  }

  get register(): Register {
    return this.#dataset.register;
  }

  /** ISO date the embedded figures are as of. */
  get datasetAsOf(): string {
    return this.#dataset.asOf;
  }

  /** Goes up by one with every change: a cheap way to see whether anything changed. */
  get version(): number {
    return this.#version;
  }

  get flagSettings(): FlagSettings {
    return this.#flagSettings;
  }

  /** The analyst changed the flag margins: formulas showing flags recompute. */
  setFlagSettings(settings: FlagSettings): void {
    this.#flagSettings = settings;
    this.#changed({ reason: "flag-settings" });
  }

  lookup(query: string, options: LookupOptions = {}): LookupResult {
    return this.register.lookup(query, options);
  }

  /**
   * Every year held for the council, oldest first, each merged from all its sources, with the
   * type's published averages where the council's documents printed none (their own sources kept).
   */
  councilYears(gss: string): YearFigures[] {
    let years = this.#merged.get(gss);
    if (years === undefined) {
      years = this.#mergeCouncil(gss);
      this.#merged.set(gss, years);
    }
    return [...years];
  }

  /** The council's figures for one year, if any are held; `year` as "2019-20" or 2020. */
  yearFigures(gss: string, year: string | number): YearFigures | undefined {
    const wanted = parseYear(year);
    if (wanted === undefined) return undefined;
    return this.councilYears(gss).find((figures) => figures.year === wanted);
  }

  /** LGSCO's published averages for councils of `type` in `year`, as the dataset holds them. */
  similarAverages(type: AuthorityType, year: string): SimilarAverages | undefined {
    return this.#dataset.similarAverages(type, year);
  }

  /**
   * Adds a page's or a letter's figures for one year (its `source.kind` says which). The council
   * is `gss` when given, else the record's own code, else the register's match for its name in
   * its year; throws CouncilNotFoundError when the name matches no one council.
   */
  addFigures(figures: YearFigures, gss?: string): Authority {
    const authority = this.#councilOf(figures, gss);
    const year = parseYear(figures.year);
    if (year === undefined) throw new RangeError(`Not a statistical year: "${figures.year}"`);
    const layers = this.#added.get(authority.gss) ?? [];
    layers.push({ figures: { ...figures, year, gss: authority.gss }, order: ++this.#arrivals });
    this.#added.set(authority.gss, layers);
    this.#merged.delete(authority.gss);
    this.#changed({ reason: "figures-added", gss: authority.gss, year, source: figures.source.kind });
    return authority;
  }

  /** After a Fetch or Refresh with the live pull: keeps the year the statistics page showed. */
  addCouncilFigures(result: CouncilFigures): void {
    if (result.live.state !== "used") return;
    const year = result.live.year;
    const live = result.figures.find((figures) => figures.year === year);
    if (live !== undefined) this.addFigures(live, result.authority.gss);
  }

  /** The page cache was written (pages fetched elsewhere): read it again. */
  cachedPagesChanged(): void {
    this.#fromCache.clear();
    this.#merged.clear();
    this.#changed({ reason: "cached-pages" });
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: FiguresListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** How many listeners are subscribed (a cancelled formula must not stay among them). */
  get listenerCount(): number {
    return this.#listeners.size;
  }

  #changed(change: FiguresChange): void {
    this.#version++;
    for (const listener of [...this.#listeners]) {
      try {
        listener(change);
      } catch {
        // One failing listener (a formula whose cell was deleted mid-update) must not stop the others.
      }
    }
  }

  #councilOf(figures: YearFigures, gss: string | undefined): Authority {
    const code = gss ?? figures.gss;
    if (code !== undefined) {
      const authority = this.register.get(code);
      if (authority === undefined) {
        throw new CouncilNotFoundError({ kind: "unknown", message: `No council in the register has the code ${code}.`, suggestions: [] });
      }
      return authority;
    }
    const year = parseYear(figures.year);
    return this.register.resolve(figures.authority, year === undefined ? {} : { year });
  }

  #mergeCouncil(gss: string): YearFigures[] {
    const layers: Layer[] = this.#dataset.figuresFor(gss).map((figures) => ({ figures, order: 0 }));
    const cached = this.#cachedPageYear(gss);
    if (cached !== undefined) layers.push({ figures: cached, order: 0.5 });
    layers.push(...(this.#added.get(gss) ?? []));
    const byYear = new Map<string, Layer[]>();
    for (const layer of layers) {
      const list = byYear.get(layer.figures.year) ?? [];
      list.push(layer);
      byYear.set(layer.figures.year, list);
    }
    // Each year is compared with the averages LGSCO published for the council's type that year
    // where its own documents printed none (domain/similar-averages.ts).
    // A year after abolition has no similar authorities: LGSCO prints "n/a", so none is filled in.
    const authority = this.register.get(gss);
    return [...byYear.entries()]
      .sort(([a], [b]) => compareYears(a, b))
      .map(([year, yearLayers]) =>
        withTypeAverages({ ...mergeLayers(yearLayers), gss }, authority === undefined || !isValidIn(authority, year) ? undefined : this.similarAverages(authority.type, year)),
      );
  }

  /** The year the council's cached statistics page shows, when a readable page about this council is cached. */
  #cachedPageYear(gss: string): YearFigures | undefined {
    if (this.#cachedPages === undefined) return undefined;
    const known = this.#fromCache.get(gss);
    if (known !== undefined) return known ?? undefined;
    const figures = this.#readCachedPage(gss);
    this.#fromCache.set(gss, figures ?? null);
    return figures;
  }

  #readCachedPage(gss: string): YearFigures | undefined {
    const authority = this.register.get(gss);
    if (authority === undefined || this.#cachedPages === undefined) return undefined;
    for (const slug of this.register.slugsOf(authority)) {
      const page = this.#cachedPages(slug);
      if (page === undefined) continue;
      let years: YearFigures[];
      try {
        years = this.#readPage(page.html, { source: { url: page.url, retrieved: page.retrieved } });
      } catch (error) {
        // An unreadable copy is no figure; the pane reports the page when it fetches it.
        if (isDocumentParseError(error)) continue;
        throw error;
      }
      const latest = years[years.length - 1];
      // Another council's page, or one its own counts contradict, is not this council's figures.
      if (latest === undefined || otherCouncilNamed(latest.authority, latest.year, authority, this.register) !== undefined) continue;
      if (describeDisagreements(latest) !== undefined) continue;
      return { ...latest, source: { ...latest.source, kind: "statistics-page", url: page.url, retrieved: page.retrieved }, gss };
    }
    return undefined;
  }
}

/** What the record named as the year's source displaced in the others, for the groups it gave. */
function replacedByPrimary(primary: Layer, layers: readonly Layer[], chosen: ReadonlyMap<FigureGroup, Layer>): string | undefined {
  const given: YearFigures = { authority: primary.figures.authority, year: primary.figures.year, source: primary.figures.source };
  for (const [group, layer] of chosen) {
    if (layer === primary) (given as unknown as Record<string, unknown>)[group] = primary.figures[group];
  }
  const texts = layers.filter((layer) => layer !== primary).flatMap((layer) => describeReplacedFigures(given, layer.figures) ?? []);
  return texts.length === 0 ? undefined : [...new Set(texts)].join("; ");
}

/**
 * One council's year from several records: each figure group comes whole from the record whose
 * source for it ranks best (docs/design.md §2), the latest to arrive among equals; every group taken from
 * another record than the one named as the year's source keeps its own source.
 */
function mergeLayers(layers: readonly Layer[]): YearFigures {
  const better = (a: Layer, b: Layer, rankA: number, rankB: number): boolean => rankA < rankB || (rankA === rankB && a.order > b.order);
  let primary = layers[0];
  if (primary === undefined) throw new RangeError("No records to merge");
  for (const layer of layers) {
    if (better(layer, primary, rankOf(layer.figures.source), rankOf(primary.figures.source))) primary = layer;
  }
  const chosen = new Map<FigureGroup, Layer>();
  for (const group of FIGURE_GROUPS) {
    let best: Layer | undefined;
    for (const layer of layers) {
      if (layer.figures[group] === undefined) continue;
      if (best === undefined || better(layer, best, rankOf(sourceOfFigure(layer.figures, group)), rankOf(sourceOfFigure(best.figures, group)))) {
        best = layer;
      }
    }
    if (best !== undefined) chosen.set(group, best);
  }

  const merged: YearFigures = { ...primary.figures };
  for (const field of [...FIGURE_GROUPS, "figureSources", "notes"] as const) delete merged[field];
  const replaced = primary.figures.source.replaced ?? replacedByPrimary(primary, layers, chosen);
  if (replaced !== undefined) merged.source = { ...primary.figures.source, replaced };
  const figureSources: Record<string, FigureSource> = {};
  for (const [group, layer] of chosen) {
    (merged as unknown as Record<string, unknown>)[group] = layer.figures[group];
    if (layer !== primary) figureSources[group] = sourceOfFigure(layer.figures, group);
    for (const [path, source] of Object.entries(layer.figures.figureSources ?? {})) {
      if (path === group || path.startsWith(`${group}.`)) figureSources[path] = source;
    }
  }
  if (Object.keys(figureSources).length > 0) merged.figureSources = figureSources;
  const contributing = [primary, ...chosen.values()];
  const notes = [...new Set(contributing.flatMap((layer) => layer.figures.notes ?? []))];
  if (notes.length > 0) merged.notes = notes;
  return merged;
}
