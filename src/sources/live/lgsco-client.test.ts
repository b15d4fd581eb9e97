// The client against a real HTTP stand-in for LGSCO's site on 127.0.0.1.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { rejection } from "../../../test/support/expected-error";
import {
  RECORDED_LAST_MODIFIED,
  STAND_IN_SLUGS,
  recordedPages,
  standInEtag,
  startLgscoStandIn,
  type LgscoStandIn,
} from "../../../test/support/lgsco-stand-in";
import { ManualTimers, recordingSleep } from "../../../test/support/manual-timers";
import { FileStorage } from "./file-storage";
import { LgscoClient, LgscoFetchError, isValidSlug, lgscoStatisticsPageUrl, type FetchLike, type LgscoClientOptions } from "./lgsco-client";
import { MemoryStorage, PageCache } from "./page-cache";

const HOUR = 60 * 60 * 1000;
const START = Date.parse("2026-01-15T09:00:00Z");

let standIn: LgscoStandIn;
let clock: number;
let pauses: number[];
let sleep: (ms: number) => Promise<void>;

beforeAll(async () => {
  standIn = await startLgscoStandIn();
});
afterAll(async () => {
  await standIn.close();
});
beforeEach(() => {
  standIn.requests.length = 0;
  clock = START;
  ({ sleep, pauses } = recordingSleep());
});

function client(extra: Partial<LgscoClientOptions> = {}): LgscoClient {
  return new LgscoClient({ baseUrl: standIn.baseUrl, now: () => clock, sleep, ...extra });
}

const failure = (promise: Promise<unknown>): Promise<LgscoFetchError> => rejection(LgscoFetchError, promise);

describe("recorded pages", () => {
  it("fetches a council's statistics page and says where and when it came from", async () => {
    const page = await client().fetchStatisticsPage("kent-county-council");
    expect(page.html).toBe(recordedPages()["kent-county-council"].html);
    expect(page.url).toBe(`${standIn.baseUrl}/kent-county-council/statistics`);
    expect(page.retrieved).toBe("2026-01-15T09:00:00.000Z");
    expect(page.from).toBe("network");
    expect(page.etag).toBe(standInEtag(page.html));
    expect(standIn.requestsFor("kent-county-council")).toHaveLength(1);
    expect(standIn.requests[0]!.headers.accept).toContain("text/html");
  });

  it("builds LGSCO's own address for a slug", () => {
    expect(lgscoStatisticsPageUrl("london-borough-of-harrow")).toBe(
      "https://www.lgo.org.uk/your-councils-performance/london-borough-of-harrow/statistics",
    );
    expect(new LgscoClient({ baseUrl: "/lgsco/" }).requestUrl("kent-county-council")).toBe(
      "/lgsco/kent-county-council/statistics",
    );
  });

  it("follows a redirect to another statistics page of the same site (a renamed council)", async () => {
    const page = await client().fetchStatisticsPage(STAND_IN_SLUGS.redirectWithinSite);
    expect(page.html).toContain("Kent County Council");
    expect(page.url).toBe(`${standIn.baseUrl}/kent-county-council/statistics`);
  });
});

describe("failures", () => {
  it("does not retry a 404 and says the page name is wrong, offering the register's alternatives", async () => {
    const error = await failure(
      client().fetchStatisticsPage(STAND_IN_SLUGS.notFound, { alternatives: ["sheffield-city-council", "no-such-council"] }),
    );
    expect(error.kind).toBe("not-found");
    expect(error.status).toBe(404);
    expect(error.message).toBe(
      'LGSCO has no statistics page named "no-such-council" (the address answered "not found"). Other page names to try: sheffield-city-council.',
    );
    expect(standIn.requestsFor(STAND_IN_SLUGS.notFound)).toHaveLength(1);
    expect(pauses).toEqual([]);
  });

  it("tries a server fault twice more with growing pauses, then gives up plainly", async () => {
    const error = await failure(client().fetchStatisticsPage(STAND_IN_SLUGS.serverError));
    expect(error.kind).toBe("server-error");
    expect(error.attempts).toBe(3);
    expect(error.message).toBe("LGSCO's site had a fault (HTTP 500) and did not send the page, after 3 tries.");
    expect(standIn.requestsFor(STAND_IN_SLUGS.serverError)).toHaveLength(3);
    expect(pauses).toEqual([1000, 3000]);
  });

  it("waits out a 503's Retry-After within the cap instead of its own shorter pause", async () => {
    const answers = [
      new Response("busy", { status: 503, headers: { "Retry-After": "5" } }),
      new Response("<p>Kent County Council</p>", { status: 200, headers: { "Content-Type": "text/html" } }),
    ];
    const fetch: FetchLike = () => Promise.resolve(answers.shift()!);
    const page = await client({ fetch }).fetchStatisticsPage("kent-county-council");
    expect(page.html).toContain("Kent County Council");
    expect(pauses).toEqual([5000]);
  });

  it("does not wait out a Retry-After beyond the cap: it stops and says when the site asked to be tried again", async () => {
    const retryAt = new Date(START + 10 * 60_000).toUTCString();
    const fetch: FetchLike = () => Promise.resolve(new Response("busy", { status: 503, headers: { "Retry-After": retryAt } }));
    const error = await failure(client({ fetch }).fetchStatisticsPage("kent-county-council"));
    expect(error.kind).toBe("server-error");
    expect(error.details.retryAfterMs).toBe(10 * 60_000);
    expect(error.message).toBe("LGSCO's site had a fault (HTTP 503) and did not send the page; it asked to be tried again in 10 minutes.");
    expect(pauses).toEqual([]);
  });

  it("succeeds when the site recovers within the retries", async () => {
    standIn.failNext("leeds-city-council", 2, 503);
    const page = await client().fetchStatisticsPage("leeds-city-council");
    expect(page.html).toContain("Leeds City Council");
    expect(standIn.requestsFor("leeds-city-council").map((r) => r.status)).toEqual([503, 503, 200]);
    expect(pauses).toEqual([1000, 3000]);
  });

  it("retries a connection cut mid-request", async () => {
    standIn.dropNext("sheffield-city-council", 1);
    const page = await client().fetchStatisticsPage("sheffield-city-council");
    expect(page.html).toContain("Sheffield City Council");
    expect(standIn.requestsFor("sheffield-city-council")).toHaveLength(2);
    expect(pauses).toEqual([1000]);
  });

  it("reports a site that refuses connections, after the retries", async () => {
    const closedPort = await unusedPort();
    const error = await failure(
      client({ baseUrl: `http://127.0.0.1:${closedPort}/your-councils-performance` }).fetchStatisticsPage("kent-county-council"),
    );
    expect(error.kind).toBe("network");
    expect(error.message).toBe("Could not connect to LGSCO's site (connection refused), after 3 tries.");
    expect(pauses).toEqual([1000, 3000]);
  });

  it("gives up on a slow answer at the 10 second limit, without trying again", async () => {
    const timers = new ManualTimers();
    const pending = failure(client({ timers }).fetchStatisticsPage(STAND_IN_SLUGS.slow));
    await standIn.waitForRequest(STAND_IN_SLUGS.slow);
    expect(timers.pendingDelays()).toEqual([10_000]);
    timers.fireAll();
    const error = await pending;
    expect(error.kind).toBe("timeout");
    expect(error.message).toBe("LGSCO's site did not answer within 10 seconds.");
    expect(standIn.requestsFor(STAND_IN_SLUGS.slow)).toHaveLength(1);
    expect(timers.pendingDelays()).toEqual([]);
  });

  it.each([STAND_IN_SLUGS.huge, STAND_IN_SLUGS.hugeChunked])("refuses a 5 MB body (%s) at the 2 MB cap", async (slug) => {
    const error = await failure(client().fetchStatisticsPage(slug));
    expect(error.kind).toBe("too-large");
    expect(error.message).toContain("more than 2 MB");
    expect(pauses).toEqual([]);
  });

  it("follows no redirect to another host", async () => {
    const error = await failure(client().fetchStatisticsPage(STAND_IN_SLUGS.redirectAway));
    expect(error.kind).toBe("redirected");
    expect(error.message).toBe(
      `LGSCO's site sent the request on to another address (localhost:${standIn.port}), which the add-in does not follow.`,
    );
    expect(standIn.requests.filter((r) => r.host.startsWith("localhost"))).toEqual([]);
    expect(standIn.requests).toHaveLength(1);
  });

  it("refuses an answer that is not a web page", async () => {
    const error = await failure(client().fetchStatisticsPage(STAND_IN_SLUGS.notHtml));
    expect(error.kind).toBe("not-html");
    expect(error.message).toBe('LGSCO\'s site answered with "application/pdf" rather than a web page.');
  });

  it.each(["Kent_County_Council", "../etc/passwd", "kent/statistics", "a".repeat(101), "", "kent%2Fx", "x@evil.example"])(
    "refuses the page name %j without making a request",
    async (slug) => {
      expect(isValidSlug(slug)).toBe(false);
      const error = await failure(client().fetchStatisticsPage(slug));
      expect(error.kind).toBe("invalid-slug");
      expect(standIn.requests).toEqual([]);
    },
  );

  it("stops when the caller cancels", async () => {
    const controller = new AbortController();
    const pending = failure(client().fetchStatisticsPage(STAND_IN_SLUGS.slow, { signal: controller.signal }));
    await standIn.waitForRequest(STAND_IN_SLUGS.slow);
    controller.abort();
    const error = await pending;
    expect(error.kind).toBe("cancelled");
    expect(pauses).toEqual([]);
  });
});

describe("cache", () => {
  it("answers from the cache for 24 hours without asking the site", async () => {
    const cache = new PageCache(new MemoryStorage());
    const first = await client({ cache }).fetchStatisticsPage("kent-county-council");
    clock = START + 23 * HOUR;
    const second = await client({ cache }).fetchStatisticsPage("kent-county-council");
    expect(second.from).toBe("cache");
    expect(second.html).toBe(first.html);
    expect(second.retrieved).toBe(first.retrieved);
    expect(standIn.requestsFor("kent-county-council")).toHaveLength(1);
  });

  it("revalidates a stale copy with If-None-Match and keeps it on 304", async () => {
    const cache = new PageCache(new MemoryStorage());
    const first = await client({ cache }).fetchStatisticsPage("leeds-city-council");
    clock = START + 25 * HOUR;
    const second = await client({ cache }).fetchStatisticsPage("leeds-city-council");
    const [, conditional] = standIn.requestsFor("leeds-city-council");
    expect(conditional?.headers["if-none-match"]).toBe(first.etag);
    expect(conditional?.headers["if-modified-since"]).toBe(RECORDED_LAST_MODIFIED);
    expect(conditional?.status).toBe(304);
    expect(second.from).toBe("revalidated");
    expect(second.html).toBe(first.html);
    expect(second.retrieved).toBe(new Date(START + 25 * HOUR).toISOString());
    // Confirmed unchanged: fresh again for another day.
    clock = START + 40 * HOUR;
    expect((await client({ cache }).fetchStatisticsPage("leeds-city-council")).from).toBe("cache");
    expect(standIn.requestsFor("leeds-city-council")).toHaveLength(2);
  });

  it("uses If-Modified-Since where the server gives no ETag, and takes a changed page", async () => {
    const html = recordedPages()["sheffield-city-council"].html;
    standIn.setPage("sheffield-city-council", { html, etag: null });
    try {
      const cache = new PageCache(new MemoryStorage());
      await client({ cache }).fetchStatisticsPage("sheffield-city-council");
      clock = START + 25 * HOUR;
      const revalidated = await client({ cache }).fetchStatisticsPage("sheffield-city-council");
      expect(revalidated.from).toBe("revalidated");
      const conditional = standIn.requestsFor("sheffield-city-council")[1];
      expect(conditional?.headers["if-none-match"]).toBeUndefined();
      expect(conditional?.headers["if-modified-since"]).toBe(RECORDED_LAST_MODIFIED);

      standIn.setPage("sheffield-city-council", { html: `${html}<!-- changed -->`, etag: null, lastModified: "Thu, 01 Jan 2026 09:00:00 GMT" });
      clock = START + 50 * HOUR;
      const changed = await client({ cache }).fetchStatisticsPage("sheffield-city-council");
      expect(changed.from).toBe("network");
      expect(changed.html).toContain("<!-- changed -->");
      expect(changed.lastModified).toBe("Thu, 01 Jan 2026 09:00:00 GMT");
    } finally {
      standIn.setPage("sheffield-city-council", recordedPages()["sheffield-city-council"]);
    }
  });

  describe("on disk", () => {
    let directory: string;
    beforeEach(() => {
      directory = mkdtempSync(join(tmpdir(), "lgsco-cache-"));
    });
    afterEach(() => rmSync(directory, { recursive: true, force: true }));

    it("survives a new client on the same storage (a reloaded pane or a new CLI run)", async () => {
      await client({ cache: new PageCache(new FileStorage(directory)) }).fetchStatisticsPage("kent-county-council");
      clock = START + HOUR;
      const again = await client({ cache: new PageCache(new FileStorage(directory)) }).fetchStatisticsPage("kent-county-council");
      expect(again.from).toBe("cache");
      expect(again.html).toContain("Kent County Council");
      expect(standIn.requestsFor("kent-county-council")).toHaveLength(1);
    });
  });

  it("does not cache failures", async () => {
    const cache = new PageCache(new MemoryStorage());
    standIn.failNext("kent-county-council", 3, 500);
    await failure(client({ cache }).fetchStatisticsPage("kent-county-council"));
    const page = await client({ cache }).fetchStatisticsPage("kent-county-council");
    expect(page.from).toBe("network");
  });
});

async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
