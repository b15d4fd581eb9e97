// The council figures service on the real embedded dataset, with live pages from the stand-in
// LGSCO server (real HTTP on 127.0.0.1), read by the real statistics page parser.
import express from "express";
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { STAND_IN_SLUGS, startLgscoStandIn, type LgscoStandIn } from "../../../test/support/lgsco-stand-in";
import { ManualTimers, recordingSleep } from "../../../test/support/manual-timers";
import type { Authority, YearFigures } from "../../domain/types";
import { createLgscoProxy } from "../../server/lgsco-proxy";
import { councilFigures, mergeLiveYear, type CouncilFiguresOptions, type StatisticsPageReader } from "./council-figures";
import { loadDataset, type Dataset } from "../dataset/dataset";
import { LgscoClient, type LgscoClientOptions } from "./lgsco-client";
import { MemoryStorage, PageCache } from "./page-cache";
import { parseStatisticsPage } from "../documents/statistics-page";

let standIn: LgscoStandIn;
let dataset: Dataset;
const NOW = Date.parse("2026-01-15T09:30:00Z");

beforeAll(async () => {
  [standIn, dataset] = await Promise.all([startLgscoStandIn(), loadDataset()]);
});
afterAll(async () => {
  await standIn.close();
});
beforeEach(() => {
  standIn.requests.length = 0;
});

function council(query: string): Authority {
  const found = dataset.register.lookup(query);
  if (found.kind !== "found") throw new Error(`the register should know ${query}`);
  return found.authority;
}

function live(extra: Partial<LgscoClientOptions> = {}, options: Partial<CouncilFiguresOptions> = {}): CouncilFiguresOptions {
  const client = new LgscoClient({ baseUrl: standIn.baseUrl, now: () => NOW, sleep: recordingSleep().sleep, ...extra });
  return { live: true, client, ...options };
}

const years = (figures: YearFigures[]): string[] => figures.map((record) => record.year);

/** The stand-in's composed Sheffield page (2022-23 layout) with another council's name: a composed test page, its figures not that council's. */
function sheffieldPageAs(name: string): string {
  return readFileSync(new URL("../../../test/fixtures/stand-in/sheffield-city-council-2022-23.composed.html", import.meta.url), "utf8").replaceAll("Sheffield City Council", name);
}

describe("without the live pull", () => {
  it("gives the embedded figures and says so, with their as-of date", async () => {
    const kent = council("Kent");
    const result = await councilFigures(kent, dataset);
    expect(result.figures).toEqual(dataset.figuresFor(kent.gss));
    expect(result.live).toEqual({ state: "off", message: `Showing the embedded figures as of ${dataset.asOf} (live pull off).` });
    expect(result.datasetAsOf).toBe(dataset.asOf);
    expect(standIn.requests).toEqual([]);
  });

  it("keeps to the years asked for", async () => {
    const result = await councilFigures(council("Leeds"), dataset, { years: { from: "2020-21", to: "2023-24" } });
    expect(years(result.figures)).toEqual(["2022-23", "2023-24"]);
  });
});

describe("with the live pull", () => {
  it("replaces only the year the page covers, citing the page and when it was read", async () => {
    const kent = council("Kent");
    const result = await councilFigures(kent, dataset, live());
    expect(years(result.figures)).toEqual(["2022-23", "2023-24", "2024-25"]);
    const embedded = dataset.figuresFor(kent.gss);
    expect(result.figures.slice(0, 2)).toEqual(embedded.slice(0, 2));

    const liveYear = result.figures[2]!;
    expect(liveYear.source).toMatchObject({
      kind: "statistics-page",
      url: `${standIn.baseUrl}/kent-county-council/statistics`,
      retrieved: "2026-01-15T09:30:00.000Z",
    });
    expect(liveYear.gss).toBe(kent.gss);
    // The figures the composed page carries (real ones, from data/lgsco-figures.csv).
    expect(liveYear.upheld).toEqual({ rate: 83, count: 63, of: 76, similarAverage: 89 });
    expect(liveYear.upheldPer100k).toEqual({ value: 3.9 });
    expect(liveYear.overview).toEqual({ dealtWith: 291, notForUs: 87, assessedAndClosed: 128, investigated: 76 });
    expect(liveYear.compliance).toBeUndefined();

    expect(result.live).toEqual({
      state: "used",
      year: "2024-25",
      url: `${standIn.baseUrl}/kent-county-council/statistics`,
      retrieved: "2026-01-15T09:30:00.000Z",
      fromCache: false,
      pageName: "kent-county-council",
      message: `2024-25 figures are from LGSCO's statistics page (read 2026-01-15 09:30 UTC); other years are the embedded figures as of ${dataset.asOf}.`,
    });
  });

  it("replaces a year the dataset holds from a press report with the page's own figures", async () => {
    const sheffield = council("Sheffield");
    const pageYear = "2022-23";
    const result = await councilFigures(sheffield, dataset, live({}, { years: { from: pageYear, to: pageYear } }));
    expect(years(result.figures)).toEqual([pageYear]);
    expect(result.figures[0]!.source.kind).toBe("statistics-page");
    expect(result.figures[0]!.satisfactoryRemedy).toEqual({ rate: 0, count: 0, of: 19, similarAverage: 10 });
    expect(result.live.message).toBe("2022-23 figures are from LGSCO's statistics page (read 2026-01-15 09:30 UTC).");
  });

  it("adds the page's year where the dataset was built before it was published, in year order", async () => {
    const kent = council("Kent");
    const olderDataset = { asOf: "2025-06-30", register: dataset.register, figuresFor: (gss: string) => dataset.figuresFor(gss).filter((r) => r.year !== "2024-25") };
    const result = await councilFigures(kent, olderDataset, live());
    expect(years(result.figures)).toEqual(["2022-23", "2023-24", "2024-25"]);
    expect(result.figures[2]!.source.kind).toBe("statistics-page");
    expect(result.figures[2]!.upheld).toEqual({ rate: 83, count: 63, of: 76, similarAverage: 89 });
    expect(result.live.message).toContain("other years are the embedded figures as of 2025-06-30.");
  });

  it("says when the page came from the cache", async () => {
    const cache = new PageCache(new MemoryStorage());
    await councilFigures(council("Leeds"), dataset, live({ cache }));
    const again = await councilFigures(council("Leeds"), dataset, live({ cache }));
    expect(again.live).toMatchObject({ state: "used", fromCache: true });
    expect(again.live.message).toContain("(read 2026-01-15 09:30 UTC, kept from a fetch within the last day)");
    expect(standIn.requestsFor("leeds-city-council")).toHaveLength(1);
  });

  it("tries the register's other page names when a guessed one is not found", async () => {
    const leeds = { ...council("Leeds"), slug: "leeds-council", slugConfirmed: false, alternativeSlugs: ["leeds-city-council"] };
    const result = await councilFigures(leeds, dataset, live());
    expect(result.live.state).toBe("used");
    expect(standIn.requests.map((r) => r.slug)).toEqual(["leeds-council", "leeds-city-council"]);
  });

  it("finds a page under a capitalised name after the lower-case ones, and says which name answered", async () => {
    const northNorthamptonshire = council("North Northamptonshire");
    standIn.setPage("North-Northamptonshire-Council", { html: sheffieldPageAs("North Northamptonshire Council") });
    try {
      const result = await councilFigures(northNorthamptonshire, dataset, live());
      expect(result.live).toMatchObject({ state: "used", pageName: "North-Northamptonshire-Council", year: "2022-23" });
      const tried = standIn.requests.map((r) => r.slug);
      expect(tried[0]).toBe("north-northamptonshire-council");
      expect(tried.at(-1)).toBe("North-Northamptonshire-Council");
    } finally {
      standIn.removePage("North-Northamptonshire-Council");
    }
  });

  it("tries a remembered page name first, and only the analyst's name when told to", async () => {
    const leeds = { ...council("Leeds"), slug: "leeds-council", slugConfirmed: false, alternativeSlugs: [] };
    const remembered = await councilFigures(leeds, dataset, live({}, { pageName: "leeds-city-council" }));
    expect(remembered.live).toMatchObject({ state: "used", pageName: "leeds-city-council" });
    expect(standIn.requests.map((r) => r.slug)).toEqual(["leeds-city-council"]);

    standIn.requests.length = 0;
    const only = await councilFigures(council("Leeds"), dataset, live({}, { pageName: "leeds-metropolitan-council", onlyPageName: true }));
    expect(standIn.requests.map((r) => r.slug)).toEqual(["leeds-metropolitan-council"]);
    expect(only.live).toMatchObject({ state: "failed", reason: "not-found" });
    expect(only.live.message).toContain('under the page name "leeds-metropolitan-council" given');
  });

  it("does not use a page that turns out to be another council's", async () => {
    const kent = { ...council("Kent"), slug: "leeds-city-council" };
    const result = await councilFigures(kent, dataset, live());
    expect(result.figures).toEqual(dataset.figuresFor(kent.gss));
    expect(result.live).toEqual({
      state: "failed",
      reason: "other-council",
      message: `LGSCO's page at ${standIn.baseUrl}/leeds-city-council/statistics is about Leeds City Council, not Kent County Council; showing the embedded figures as of ${dataset.asOf}.`,
    });
  });

  it.each(["Gotham City Council", "Leeds City Councill"])("refuses a page at Sheffield's address naming %s, which the register does not know", async (name) => {
    const sheffield = council("Sheffield");
    standIn.setPage("sheffield-city-council", { html: sheffieldPageAs(name) });
    try {
      const result = await councilFigures(sheffield, dataset, live());
      expect(result.figures).toEqual(dataset.figuresFor(sheffield.gss));
      expect(result.live).toMatchObject({ state: "failed", reason: "other-council" });
      expect(result.live.message).toContain(`is about "${name}" (a council the register does not know), not Sheffield City Council`);
      expect(result.live.message).not.toContain("\n");
    } finally {
      standIn.setPage("sheffield-city-council", { html: sheffieldPageAs("Sheffield City Council") });
    }
  });

  it("reports a page whose rate its own counts contradict, and keeps the held figures", async () => {
    const sheffield = council("Sheffield");
    // 19 of 26 upheld is 73%: a page saying 40% contradicts itself.
    standIn.setPage("sheffield-city-council", { html: sheffieldPageAs("Sheffield City Council").replace(/\b73%/, "40%") });
    try {
      const result = await councilFigures(sheffield, dataset, live());
      expect(result.figures).toEqual(dataset.figuresFor(sheffield.gss));
      expect(result.live).toEqual({
        state: "failed",
        reason: "inconsistent-page",
        message: `LGSCO's page at ${standIn.baseUrl}/sheffield-city-council/statistics disagrees with its own counts (The upheld rate is published as 40% but 19 of 26 is 73%), so its 2022-23 figures were not taken; showing the embedded figures as of ${dataset.asOf}.`,
      });
    } finally {
      standIn.setPage("sheffield-city-council", { html: sheffieldPageAs("Sheffield City Council") });
    }
  });

  it("uses the council's own page over a held year it gives differently, and says in Sources what it replaced", async () => {
    const sheffield = council("Sheffield");
    const held = dataset.figuresFor(sheffield.gss).find((record) => record.year === "2022-23")!;
    // A later copy of the page with a revised per-100k figure (composed: 3.4 made 3.6).
    const page = sheffieldPageAs("Sheffield City Council").replace("this is 3.4 upheld", "this is 3.6 upheld");
    standIn.setPage("sheffield-city-council", { html: page });
    try {
      const result = await councilFigures(sheffield, dataset, live());
      const year = result.figures.find((record) => record.year === "2022-23")!;
      expect(year.upheldPer100k?.value).toBe(3.6);
      expect(year.source.replaced).toBe(
        `replaced 2022-23 figures held before: upheld decisions per 100,000 residents value ${held.upheldPer100k!.value} from ${held.source.url}`,
      );
    } finally {
      standIn.setPage("sheffield-city-council", { html: sheffieldPageAs("Sheffield City Council") });
    }
  });

  it("leaves out a page year outside the years asked for, and says so", async () => {
    const result = await councilFigures(council("Kent"), dataset, live({}, { years: { from: "2022-23", to: "2023-24" } }));
    expect(years(result.figures)).toEqual(["2022-23", "2023-24"]);
    expect(result.figures.every((record) => record.source.retrieved === undefined)).toBe(true);
    expect(result.live).toEqual({
      state: "not-used",
      year: "2024-25",
      message: `LGSCO's page holds 2024-25, outside the years asked for (2022-23 to 2023-24); showing the embedded figures as of ${dataset.asOf}.`,
    });
  });
});

describe("falling back to the dataset", () => {
  it("says plainly that LGSCO's site did not answer in time", async () => {
    const timers = new ManualTimers();
    const kent = { ...council("Kent"), slug: STAND_IN_SLUGS.slow };
    const pending = councilFigures(kent, dataset, live({ timers }));
    await standIn.waitForRequest(STAND_IN_SLUGS.slow);
    timers.fireAll();
    const result = await pending;
    expect(result.figures).toEqual(dataset.figuresFor(kent.gss));
    expect(result.live).toEqual({
      state: "failed",
      reason: "timeout",
      message: `LGSCO's site did not answer within 10 seconds; showing the embedded figures as of ${dataset.asOf}.`,
    });
  });

  it.each([
    [STAND_IN_SLUGS.serverError, "server-error", "LGSCO's site had a fault (HTTP 500) and did not send the page, after 3 tries"],
    [STAND_IN_SLUGS.huge, "too-large", "LGSCO's site sent more than 2 MB for one statistics page, which no statistics page needs; it was not read"],
    [STAND_IN_SLUGS.notHtml, "not-html", 'LGSCO\'s site answered with "application/pdf" rather than a web page'],
  ] as const)("falls back when the page at %s fails (%s)", async (slug, reason, why) => {
    const kent = { ...council("Kent"), slug };
    const result = await councilFigures(kent, dataset, live());
    expect(result.figures).toEqual(dataset.figuresFor(kent.gss));
    expect(result.live).toEqual({ state: "failed", reason, message: `${why}; showing the embedded figures as of ${dataset.asOf}.` });
  });

  it("names the page names tried and what the analyst can do when no page is found", async () => {
    const harrow = council("Harrow");
    expect(harrow.slugConfirmed).toBe(false);
    const result = await councilFigures(harrow, dataset, live());
    expect(result.figures).toEqual(dataset.figuresFor(harrow.gss));
    const tried = standIn.requests.map((r) => r.slug);
    expect(tried[0]).toBe("london-borough-of-harrow");
    expect(tried).toContain("harrow-council");
    expect(result.live).toEqual({
      state: "failed",
      reason: "not-found",
      message:
        `LGSCO has no statistics page for London Borough of Harrow under any of the ${tried.length} names tried ("london-borough-of-harrow", "${tried[1]}" …). ` +
        `Find "Harrow" on lgo.org.uk's "Your council's performance" map and give the page's name (its address before /statistics) as the LGSCO page name, ` +
        `or use the annual letter or LGSCO's data tables instead; showing the embedded figures as of ${dataset.asOf}.`,
    });
    expect(result.live.message).not.toContain("\n");
  });

  it("falls back when the page cannot be read, naming what was wrong", async () => {
    standIn.setPage("garbled-council", { html: "<!-- composed by us: a page with no statistics --><html><body><h1>Kent County Council</h1><p>Page moved.</p></body></html>" });
    const kent = { ...council("Kent"), slug: "garbled-council" };
    const result = await councilFigures(kent, dataset, live());
    expect(result.figures).toEqual(dataset.figuresFor(kent.gss));
    expect(result.live.state).toBe("failed");
    if (result.live.state !== "failed") return;
    expect(result.live.reason).toBe("unreadable-page");
    expect(result.live.message).toMatch(/^LGSCO's statistics page for Kent County Council could not be read \(.+\); showing the embedded figures as of \d{4}-\d{2}-\d{2}\.$/);
  });

  it("says the live pull is not set up when no client is given", async () => {
    const result = await councilFigures(council("Kent"), dataset, { live: true });
    expect(result.live).toEqual({
      state: "failed",
      reason: "no-client",
      message: `The live pull is not set up here; showing the embedded figures as of ${dataset.asOf}.`,
    });
  });
});

describe("through the add-in's host, as the task pane does it", () => {
  let host: Server;
  let origin: string;
  beforeAll(async () => {
    const app = express();
    app.use(createLgscoProxy({ upstreamBaseUrl: standIn.baseUrl }));
    host = app.listen(0, "127.0.0.1");
    await new Promise<void>((resolve) => host.once("listening", () => resolve()));
    origin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

  it("uses the live page, citing the page's own address rather than the host's", async () => {
    const result = await councilFigures(council("Leeds"), dataset, live({ baseUrl: `${origin}/lgsco`, via: "host" }));
    expect(result.live.state).toBe("used");
    const record = result.figures.find((figures) => figures.year === "2023-24")!;
    expect(record.source.url).toBe(`${standIn.baseUrl}/leeds-city-council/statistics`);
    expect(record.upheld).toEqual({ rate: 75, count: 44, of: 59, similarAverage: 80 });
  });

  it("falls back with LGSCO's own reason when the host cannot get the page", async () => {
    const kent = { ...council("Kent"), slug: STAND_IN_SLUGS.redirectAway };
    const result = await councilFigures(kent, dataset, live({ baseUrl: `${origin}/lgsco`, via: "host" }));
    expect(result.live).toEqual({
      state: "failed",
      reason: "redirected",
      message: `LGSCO's site sent the request on to another address (localhost:${standIn.port}), which the add-in does not follow; showing the embedded figures as of ${dataset.asOf}.`,
    });
  });
});

describe("mergeLiveYear", () => {
  it("takes the page's figure groups and keeps, with their own source, the groups the page lacks", async () => {
    const held = dataset.figuresForYear(council("Kent").gss, "2023-24")!;
    const pageSource = { kind: "statistics-page" as const, url: "https://www.lgo.org.uk/your-councils-performance/kent-county-council/statistics", retrieved: "2026-01-15T09:30:00.000Z" };
    // A copy of the same year cut off after the per-100k sentence.
    const { compliance: _c, satisfactoryRemedy: _s, ...cutOff } = held;
    const liveYear: YearFigures = { ...cutOff, source: pageSource };
    const merged = mergeLiveYear(liveYear, held);
    expect(merged.upheld).toBe(liveYear.upheld);
    expect(merged.compliance).toEqual(held.compliance);
    expect(merged.satisfactoryRemedy).toEqual(held.satisfactoryRemedy);
    expect(merged.source).toEqual(pageSource);
    expect(merged.figureSources).toEqual({ compliance: held.source, satisfactoryRemedy: held.source });
    expect(merged.notes).toContain(
      "LGSCO's page did not show compliance with recommendations, satisfactory remedy; those figures are the embedded dataset's.",
    );
  });
});

// The real parser fits the service's narrow reader interface (checked by the compiler).
const _reader: StatisticsPageReader = parseStatisticsPage;
void _reader;
