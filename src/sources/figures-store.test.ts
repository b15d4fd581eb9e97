// The figures store on the real embedded dataset, with a real page cache holding the composed
// Kent 2024-25 page of the stand-in server, read by the real statistics page parser. Records
// marked "composed for this test" carry made-up numbers that exist only to see which one wins.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { CouncilNotFoundError } from "../domain/register";
import type { YearFigures } from "../domain/types";
import { DEFAULT_FLAG_SETTINGS } from "../domain/flag-settings";
import { sourceLabel, sourceOfFigure } from "../domain/figure-sources";
import type { CouncilFigures } from "./live/council-figures";
import { loadDataset, type Dataset } from "./dataset/dataset";
import { FiguresStore, pageCacheReader, type FiguresChange, type StoreDataset } from "./figures-store";
import { LgscoClient } from "./live/lgsco-client";
import { MemoryStorage, PageCache } from "./live/page-cache";
import { parseStatisticsPage } from "./documents/statistics-page";

const KENT = "E10000016";
const HARROW = "E09000015";
const KENT_PAGE = readFileSync(new URL("../../test/fixtures/stand-in/kent-county-council-2024-25.composed.html", import.meta.url), "utf8");
const KENT_PAGE_URL = "https://www.lgo.org.uk/your-councils-performance/kent-county-council/statistics";

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadDataset();
});

/** The real dataset without one council's year, so a cached page or a letter can supply it. */
function datasetWithout(gss: string, year: string): StoreDataset {
  return {
    asOf: dataset.asOf,
    register: dataset.register,
    figuresFor: (code) => dataset.figuresFor(code).filter((figures) => !(code === gss && figures.year === year)),
    similarAverages: (type, wanted) => dataset.similarAverages(type, wanted),
  };
}

const COMPOSED = "composed for this test; not LGSCO's figures";

function composedLetter(authority: string, year: string, figures: Partial<YearFigures>): YearFigures {
  return { authority, year, ...figures, source: { kind: "annual-letter", title: `Letter ${COMPOSED}` } };
}

function composedPage(authority: string, year: string, figures: Partial<YearFigures>): YearFigures {
  return { authority, year, ...figures, source: { kind: "statistics-page", url: "https://example.test/composed", title: COMPOSED } };
}

function cacheHolding(pages: Record<string, string>): { cache: PageCache; client: LgscoClient } {
  const client = new LgscoClient({ baseUrl: "/lgsco" });
  const cache = new PageCache(new MemoryStorage());
  for (const [slug, html] of Object.entries(pages)) {
    cache.put(client.requestUrl(slug), { url: KENT_PAGE_URL, html, retrieved: "2025-08-01T10:00:00.000Z", storedAt: 0 });
  }
  return { cache, client };
}

describe("the embedded dataset", () => {
  it("gives each council's years as the dataset holds them, with their sources", () => {
    const store = new FiguresStore({ dataset });
    expect(store.councilYears(HARROW)).toEqual(dataset.figuresFor(HARROW));
    expect(store.yearFigures(HARROW, "2019-20")).toMatchObject({ upheld: { rate: 73, count: 24, of: 33, similarAverage: 70 }, source: { kind: "annual-letter" } });
    expect(store.yearFigures(HARROW, 2020)).toEqual(store.yearFigures(HARROW, "2019-20"));
    expect(store.yearFigures(HARROW, "2014-15")).toBeUndefined();
    expect(store.yearFigures(HARROW, "not a year")).toBeUndefined();
    expect(store.similarAverages("London Borough", "2019-20")).toEqual(dataset.similarAverages("London Borough", "2019-20"));
    expect(store.datasetAsOf).toBe(dataset.asOf);
  });
});

describe("similar-authority averages", () => {
  const CORNWALL = "E06000052";

  it("sets the average published for the council's type beside a figure its own document printed without one, citing that average's source", () => {
    const store = new FiguresStore({ dataset });
    // Cornwall's 2024-25 page gave 8.5 upheld decisions per 100,000 residents but no average; LGSCO published 5.3 for unitary councils that year.
    expect(dataset.figuresForYear(CORNWALL, "2024-25")!.upheldPer100k).toEqual({ value: 8.5 });
    const unitary = dataset.similarAverages("Unitary Council", "2024-25")!;
    expect(unitary.upheldPer100k).toBe(5.3);
    const cornwall = store.yearFigures(CORNWALL, "2024-25")!;
    expect(cornwall.upheldPer100k).toEqual({ value: 8.5, similarAverage: 5.3 });
    expect(cornwall.figureSources?.["upheldPer100k.similarAverage"]).toEqual(unitary.sources.upheldPer100k);
    expect(cornwall.figureSources?.["upheldPer100k.similarAverage"]?.kind).toBe("council-report");
    // The average its own page printed stays, citing that page.
    expect(cornwall.upheld?.similarAverage).toBe(dataset.figuresForYear(CORNWALL, "2024-25")!.upheld!.similarAverage);
    expect(cornwall.figureSources?.["upheld.similarAverage"]).toBeUndefined();
  });

  it("keeps the averages a council's own document printed, makes no figure block and uses no average that is not held", () => {
    const store = new FiguresStore({ dataset });
    expect(store.yearFigures(HARROW, "2019-20")).toEqual(dataset.figuresForYear(HARROW, "2019-20"));
    // Kent's 2024-25 copy was cut off before compliance and remedy, and no county per-100k average is held for that year.
    const kent = store.yearFigures(KENT, "2024-25")!;
    expect(kent.compliance).toBeUndefined();
    expect(kent.satisfactoryRemedy).toBeUndefined();
    expect(dataset.similarAverages("County Council", "2024-25")!.upheldPer100k).toBeUndefined();
    expect(kent.upheldPer100k).toEqual({ value: 3.9 });
  });
});

describe("pages and letters handed over by the pane", () => {
  it("adds a year not held, matched to the register by name and year, and tells the listeners", () => {
    const store = new FiguresStore({ dataset });
    const changes: FiguresChange[] = [];
    store.subscribe((change) => changes.push(change));
    const letter = composedLetter("London Borough of Harrow", "2020-21", { upheld: { rate: 50, count: 5, of: 10 } });
    const authority = store.addFigures(letter);
    expect(authority.gss).toBe(HARROW);
    // The letter printed no average: the one published for London boroughs that year stands beside it, citing its own source.
    const londonBoroughs = dataset.similarAverages("London Borough", "2020-21")!;
    expect(londonBoroughs.upheld).toBe(72);
    expect(store.yearFigures(HARROW, "2020-21")).toEqual({
      ...letter,
      upheld: { ...letter.upheld, similarAverage: 72 },
      gss: HARROW,
      figureSources: { "upheld.similarAverage": londonBoroughs.sources.upheld },
    });
    expect(store.councilYears(HARROW).map((figures) => figures.year)).toEqual(["2019-20", "2020-21"]);
    expect(changes).toEqual([{ reason: "figures-added", gss: HARROW, year: "2020-21", source: "annual-letter" }]);
    expect(store.version).toBe(1);
  });

  it("refuses a record whose council it cannot name, and changes nothing", () => {
    const store = new FiguresStore({ dataset });
    const listener = vi.fn();
    store.subscribe(listener);
    expect(() => store.addFigures(composedLetter("Council of Nowhere", "2020-21", { upheld: { rate: 1 } }))).toThrow(CouncilNotFoundError);
    expect(() => store.addFigures(composedLetter("Harrow", "2020-21", { upheld: { rate: 1 } }), "E99999999")).toThrow(/E99999999/);
    expect(listener).not.toHaveBeenCalled();
    expect(store.version).toBe(0);
  });

  it("prefers LGSCO's page to a letter group by group, whatever the order they arrive in, keeping each group's source", () => {
    const page = composedPage("London Borough of Harrow", "2019-20", { upheld: { rate: 80, count: 24, of: 30, similarAverage: 70 } });
    for (const order of ["page first", "letter first"]) {
      const store = new FiguresStore({ dataset });
      const letter = composedLetter("London Borough of Harrow", "2019-20", { upheld: { rate: 1 }, compliance: { rate: 90, of: 10 } });
      if (order === "page first") {
        store.addFigures(page);
        store.addFigures(letter);
      } else {
        store.addFigures(letter);
        store.addFigures(page);
      }
      const merged = store.yearFigures(HARROW, "2019-20")!;
      expect(merged.upheld, order).toEqual(page.upheld);
      // The page's source says what it replaced: the letter's upheld rate among them.
      expect(merged.source, order).toEqual({ ...page.source, replaced: expect.stringContaining(`complaints upheld rate 1% from Letter ${COMPOSED}`) });
      // The letter's compliance group, beside the average published for London boroughs that year (it printed none).
      const londonBoroughs = dataset.similarAverages("London Borough", "2019-20")!;
      expect(merged.compliance, order).toEqual({ ...letter.compliance, similarAverage: londonBoroughs.compliance });
      expect(merged.figureSources?.compliance, order).toEqual(letter.source);
      expect(merged.figureSources?.["compliance.similarAverage"], order).toEqual(londonBoroughs.sources.compliance);
      // The dataset's remedy group (from the real letter) stays, citing that letter.
      expect(merged.satisfactoryRemedy, order).toEqual(dataset.figuresForYear(HARROW, "2019-20")!.satisfactoryRemedy);
      expect(merged.figureSources?.satisfactoryRemedy, order).toMatchObject({ kind: "annual-letter", title: "Annual Review letter 2020 to London Borough of Harrow dated 22 July 2020" });
    }
  });

  it("says in a year's source which held figures a later document replaced", () => {
    const held = dataset.figuresFor(HARROW).find((figures) => figures.year === "2019-20")!;
    const store = new FiguresStore({ dataset });
    store.addFigures(composedLetter("London Borough of Harrow", "2019-20", { upheld: { rate: 70, count: 23, of: 33 } }));
    const year = store.yearFigures(HARROW, "2019-20")!;
    expect(year.upheld?.rate).toBe(70);
    const heldLabel = sourceLabel(sourceOfFigure(held, "upheld.rate"));
    expect(year.source.replaced).toBe(`replaced 2019-20 figures held before: complaints upheld rate ${held.upheld!.rate}%, complaints upheld count ${held.upheld!.count} from ${heldLabel}`);
    expect(sourceLabel(year.source)).toContain(`(replaced 2019-20 figures held before:`);
  });

  it("lets the later of two documents of the same kind win", () => {
    const store = new FiguresStore({ dataset });
    // Neither letter printed an average: each stands beside the London boroughs' 70% published that year.
    store.addFigures(composedLetter("Harrow", "2019-20", { upheld: { rate: 60 } }));
    expect(store.yearFigures(HARROW, "2019-20")!.upheld).toEqual({ rate: 60, similarAverage: 70 });
    store.addFigures(composedLetter("Harrow", "2019-20", { upheld: { rate: 61 } }));
    expect(store.yearFigures(HARROW, "2019-20")!.upheld).toEqual({ rate: 61, similarAverage: 70 });
  });

  it("keeps the live year of a Fetch that used LGSCO's page, and nothing from one that did not", () => {
    const store = new FiguresStore({ dataset: datasetWithout(KENT, "2024-25") });
    const authority = dataset.register.get(KENT)!;
    const live = { ...parseStatisticsPage(KENT_PAGE, { source: { url: KENT_PAGE_URL } })[0]!, gss: KENT };
    const off: CouncilFigures = { authority, figures: [live], live: { state: "off", message: "off" }, datasetAsOf: dataset.asOf };
    store.addCouncilFigures(off);
    expect(store.yearFigures(KENT, "2024-25")).toBeUndefined();
    store.addCouncilFigures({
      ...off,
      live: { state: "used", year: "2024-25", url: KENT_PAGE_URL, retrieved: "2025-08-01T10:00:00.000Z", fromCache: false, pageName: "kent-county-council", message: "used" },
    });
    expect(store.yearFigures(KENT, "2024-25")).toMatchObject({ upheld: { rate: 83, count: 63, of: 76 }, source: { kind: "statistics-page", url: KENT_PAGE_URL } });
  });
});

describe("statistics pages in the page cache", () => {
  it("reads the council's cached page once, without the network, and shows its year with the page as source", () => {
    const { cache, client } = cacheHolding({ "kent-county-council": KENT_PAGE });
    const readPage = vi.fn(parseStatisticsPage);
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const store = new FiguresStore({ dataset: datasetWithout(KENT, "2024-25"), cachedPages: pageCacheReader(cache, client), readPage });
    const year = store.yearFigures(KENT, "2024-25");
    expect(year).toMatchObject({
      authority: "Kent County Council",
      gss: KENT,
      upheld: { rate: 83, count: 63, of: 76, similarAverage: 89 },
      upheldPer100k: { value: 3.9 },
      source: { kind: "statistics-page", url: KENT_PAGE_URL, retrieved: "2025-08-01T10:00:00.000Z" },
    });
    store.yearFigures(KENT, "2024-25");
    store.councilYears(KENT);
    expect(readPage).toHaveBeenCalledTimes(1);
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });

  it("reads the cache again when told it changed, and tells the listeners", () => {
    const storage = new MemoryStorage();
    const client = new LgscoClient({ baseUrl: "/lgsco" });
    const cache = new PageCache(storage);
    const store = new FiguresStore({ dataset: datasetWithout(KENT, "2024-25"), cachedPages: pageCacheReader(cache, client) });
    expect(store.yearFigures(KENT, "2024-25")).toBeUndefined();
    cache.put(client.requestUrl("kent-county-council"), { url: KENT_PAGE_URL, html: KENT_PAGE, retrieved: "2025-08-01T10:00:00.000Z", storedAt: 0 });
    // Still the earlier reading until the pane says the cache changed.
    expect(store.yearFigures(KENT, "2024-25")).toBeUndefined();
    const listener = vi.fn();
    store.subscribe(listener);
    store.cachedPagesChanged();
    expect(listener).toHaveBeenCalledWith({ reason: "cached-pages" });
    expect(store.yearFigures(KENT, "2024-25")?.upheld?.rate).toBe(83);
  });

  it("ignores a cached page about another council and a page it cannot read", () => {
    // Kent's page kept under Harrow's page name, and garbage under Kent's.
    const { cache, client } = cacheHolding({ "london-borough-of-harrow": KENT_PAGE, "kent-county-council": "<html><body><p>Service unavailable</p></body></html>" });
    const store = new FiguresStore({ dataset: datasetWithout(KENT, "2024-25"), cachedPages: pageCacheReader(cache, client) });
    expect(store.councilYears(HARROW)).toEqual(dataset.figuresFor(HARROW));
    expect(store.yearFigures(KENT, "2024-25")).toBeUndefined();
  });

  it("ignores a cached page at Kent's address that names a council the register does not know, or whose rate its counts contradict", () => {
    const gotham = cacheHolding({ "kent-county-council": KENT_PAGE.replaceAll("Kent County Council", "Gotham City Council") });
    const named = new FiguresStore({ dataset: datasetWithout(KENT, "2024-25"), cachedPages: pageCacheReader(gotham.cache, gotham.client) });
    expect(named.yearFigures(KENT, "2024-25")).toBeUndefined();
    // 63 of 76 upheld is 83%: a copy saying 50% contradicts itself.
    const contradicted = cacheHolding({ "kent-county-council": KENT_PAGE.replace("<p>83% of complaints", "<p>50% of complaints") });
    const store = new FiguresStore({ dataset: datasetWithout(KENT, "2024-25"), cachedPages: pageCacheReader(contradicted.cache, contradicted.client) });
    expect(store.yearFigures(KENT, "2024-25")).toBeUndefined();
  });

  it("lets a page the pane hands over later win over the cached copy of the same year", () => {
    const { cache, client } = cacheHolding({ "kent-county-council": KENT_PAGE });
    const store = new FiguresStore({ dataset: datasetWithout(KENT, "2024-25"), cachedPages: pageCacheReader(cache, client) });
    store.addFigures(composedPage("Kent County Council", "2024-25", { upheld: { rate: 84, count: 64, of: 76 } }));
    // The later page printed no average: the county councils' 89% published that year stands beside it.
    expect(store.yearFigures(KENT, "2024-25")!.upheld).toEqual({ rate: 84, count: 64, of: 76, similarAverage: 89 });
    expect(store.yearFigures(KENT, "2024-25")!.figureSources?.["upheld.similarAverage"]).toEqual(dataset.similarAverages("County Council", "2024-25")!.sources.upheld);
    // The groups the later page lacks stay from the cached page, citing it.
    expect(store.yearFigures(KENT, "2024-25")!.figureSources?.upheldPer100k).toMatchObject({ url: KENT_PAGE_URL });
  });
});

describe("listeners and settings", () => {
  it("stops calling a listener once it unsubscribes, and one failing listener does not stop the others", () => {
    const store = new FiguresStore({ dataset });
    const failing = vi.fn(() => {
      throw new Error("cell gone");
    });
    const second = vi.fn();
    const stopFailing = store.subscribe(failing);
    const stopSecond = store.subscribe(second);
    expect(store.listenerCount).toBe(2);
    store.setFlagSettings({ ...DEFAULT_FLAG_SETTINGS, lowBaseUnder: 20 });
    expect(second).toHaveBeenCalledWith({ reason: "flag-settings" });
    expect(store.flagSettings.lowBaseUnder).toBe(20);
    stopFailing();
    stopSecond();
    expect(store.listenerCount).toBe(0);
    store.cachedPagesChanged();
    expect(failing).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });
});
