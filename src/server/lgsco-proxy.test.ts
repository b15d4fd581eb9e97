// The host's LGSCO relay, mounted in a real express app on 127.0.0.1 in front of the stand-in,
// asked both with raw HTTP (to send paths a browser would normalise) and by the pane's client.
import express from "express";
import fc from "fast-check";
import { request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  STAND_IN_SLUGS,
  recordedPages,
  startLgscoStandIn,
  type LgscoStandIn,
} from "../../test/support/lgsco-stand-in";
import { rejection } from "../../test/support/expected-error";
import { ManualTimers, recordingSleep } from "../../test/support/manual-timers";
import { LgscoClient, LgscoFetchError, type FetchLike } from "../sources/live/lgsco-client";
import { createLgscoProxy, lgscoProxy, parseProxyPath, type LgscoProxyOptions } from "./lgsco-proxy";

let standIn: LgscoStandIn;
let host: { server: Server; origin: string } | undefined;

beforeAll(async () => {
  standIn = await startLgscoStandIn();
});
afterAll(async () => {
  await standIn.close();
});
beforeEach(() => {
  standIn.requests.length = 0;
});
afterEach(async () => {
  if (host) await new Promise<void>((resolve) => host!.server.close(() => resolve()));
  host = undefined;
});

/** Serves `app` on 127.0.0.1 until the test ends; resolves to its origin. */
async function serve(app: express.Express): Promise<string> {
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  host = { server, origin };
  return origin;
}

async function startHost(options: LgscoProxyOptions = {}, before?: express.RequestHandler): Promise<string> {
  const app = express();
  if (before) app.use(before);
  app.use(createLgscoProxy({ upstreamBaseUrl: standIn.baseUrl, ...options }));
  return serve(app);
}

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with the path exactly as written (no URL normalisation, unlike fetch). */
function raw(origin: string, path: string, init: { method?: string; headers?: Record<string, string> } = {}): Promise<RawAnswer> {
  const { port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, method: init.method ?? "GET", headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end();
  });
}

function errorKind(answer: RawAnswer): unknown {
  return (JSON.parse(answer.body) as { error: { kind: string } }).error.kind;
}

/** The pane's client, pointed at the host. */
function paneClient(origin: string): { client: LgscoClient; pauses: number[] } {
  const { sleep, pauses } = recordingSleep();
  return { client: new LgscoClient({ baseUrl: `${origin}/lgsco`, via: "host", sleep }), pauses };
}

const failure = (promise: Promise<unknown>): Promise<LgscoFetchError> => rejection(LgscoFetchError, promise);

describe("paths", () => {
  it.each([
    ["/lgsco/kent-county-council/statistics", { kind: "statistics", slug: "kent-county-council" }],
    ["/lgsco/kent-county-council/statistics?x=1", { kind: "statistics", slug: "kent-county-council" }],
    // LGSCO's own links carry capitals for some councils.
    ["/lgsco/North-Northamptonshire-Council/statistics", { kind: "statistics", slug: "North-Northamptonshire-Council" }],
    ["/taskpane.html", { kind: "not-ours" }],
    ["/lgscox/kent/statistics", { kind: "not-ours" }],
  ])("reads %s", (path, expected) => {
    expect(parseProxyPath(path)).toEqual(expected);
  });

  it("accepts nothing but /lgsco/<letters, digits, hyphens>/statistics, whatever the path (property)", () => {
    const pathCharacters = fc.constantFrom(..."abcKZ09-_./%@:\\?#~ ".split(""), "%2F", "%2e", "..", "lgsco", "statistics", "/lgsco/");
    const paths = fc.oneof(
      fc.array(pathCharacters, { maxLength: 30 }).map((parts) => parts.join("")),
      fc.array(pathCharacters, { maxLength: 30 }).map((parts) => `/lgsco/${parts.join("")}`),
      fc.string({ maxLength: 120 }).map((text) => `/lgsco/${text}/statistics`),
    );
    fc.assert(
      fc.property(paths, (path) => {
        const parsed = parseProxyPath(path);
        if (parsed.kind === "statistics") {
          expect(parsed.slug).toMatch(/^[A-Za-z0-9-]{1,100}$/);
          expect(path.split("?")[0]).toBe(`/lgsco/${parsed.slug}/statistics`);
        } else if (parsed.kind === "not-ours") {
          expect(path.split("?")[0]!.startsWith("/lgsco/")).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });

  const refused: [string, number][] = [
    ["/lgsco/../../etc/passwd/statistics", 400],
    ["/lgsco/kent-county-council/../statistics", 400],
    ["/lgsco/..%2F..%2Fadmin/statistics", 400],
    ["/lgsco/kent%2Fstatistics/statistics", 400],
    ["/lgsco/kent%2fx/statistics", 400],
    ["/lgsco/%6Bent/statistics", 400],
    ["/lgsco/evil.example/statistics", 400],
    ["/lgsco/user@evil.example/statistics", 400],
    ["/lgsco/@evil.example/statistics", 400],
    ["/lgsco/https://evil.example/x/statistics", 400],
    ["/lgsco/https:%2F%2Fevil.example%2Fx/statistics", 400],
    ["/lgsco/\\\\evil.example/statistics", 400],
    ["/lgsco/North_Northamptonshire_Council/statistics", 400],
    ["/lgsco/North-Northamptonshire-Council/Statistics", 404],
    ["/lgsco/North-Northamptonshire-Council/statistics/", 404],
    [`/lgsco/${"a".repeat(101)}/statistics`, 400],
    ["/lgsco//statistics", 400],
    ["/lgsco/kent-county-council/decisions", 404],
    ["/lgsco/kent-county-council/statistics/extra", 404],
    ["/lgsco/kent-county-council", 404],
    ["/lgsco/", 404],
    ["/lgsco", 404],
  ];

  it.each(refused)("refuses %s with %i and never asks upstream", async (path, status) => {
    const origin = await startHost();
    const answer = await raw(origin, path);
    expect(answer.status).toBe(status);
    expect(answer.headers["content-type"]).toContain("application/json");
    expect(standIn.requests).toEqual([]);
  });

  it("accepts the longest allowed page name (100 characters) and asks upstream for exactly that page", async () => {
    const origin = await startHost();
    const slug = "a".repeat(100);
    const answer = await raw(origin, `/lgsco/${slug}/statistics`);
    expect(answer.status).toBe(404);
    expect(errorKind(answer)).toBe("not-found");
    expect(standIn.requests.map((r) => r.path)).toEqual([`/your-councils-performance/${slug}/statistics`]);
  });

  it("relays a page name with capitals, as LGSCO links North-Northamptonshire-Council, asking upstream for exactly that name", async () => {
    const origin = await startHost();
    const html = recordedPages()["kent-county-council"].html;
    standIn.setPage("North-Northamptonshire-Council", { html });
    const answer = await raw(origin, "/lgsco/North-Northamptonshire-Council/statistics");
    expect(answer.status).toBe(200);
    expect(answer.body).toBe(html);
    expect(standIn.requests.map((r) => r.path)).toEqual(["/your-councils-performance/North-Northamptonshire-Council/statistics"]);
  });

  it("passes other paths on to the next handler, and refuses writes", async () => {
    const origin = await startHost();
    expect((await raw(origin, "/taskpane.html")).status).toBe(404); // express's own "not found"
    const post = await raw(origin, "/lgsco/kent-county-council/statistics", { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
    expect(standIn.requests).toEqual([]);
  });
});

describe("relaying the stand-in's answers", () => {
  it("relays a recorded page as HTML with its validators, LGSCO's address and a sandbox", async () => {
    const origin = await startHost();
    const answer = await raw(origin, "/lgsco/kent-county-council/statistics");
    expect(answer.status).toBe(200);
    expect(answer.body).toBe(recordedPages()["kent-county-council"].html);
    expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(answer.headers["content-location"]).toBe(`${standIn.baseUrl}/kent-county-council/statistics`);
    expect(answer.headers["content-security-policy"]).toContain("sandbox");
    expect(answer.headers.etag).toMatch(/^".+"$/);
    expect(standIn.requests.map((r) => r.path)).toEqual(["/your-councils-performance/kent-county-council/statistics"]);
    expect(standIn.requests[0]!.headers["user-agent"]).toContain("OmbudsmanScrutiny");
  });

  it("gives the pane's client the page, citing the page's own address", async () => {
    const origin = await startHost();
    const page = await paneClient(origin).client.fetchStatisticsPage("leeds-city-council");
    expect(page.html).toContain("Leeds City Council");
    expect(page.url).toBe(`${standIn.baseUrl}/leeds-city-council/statistics`);
  });

  it("keeps answers: a second request does not reach upstream, and a matching ETag gets 304", async () => {
    const origin = await startHost();
    const first = await raw(origin, "/lgsco/sheffield-city-council/statistics");
    const second = await raw(origin, "/lgsco/sheffield-city-council/statistics");
    expect(second.body).toBe(first.body);
    const conditional = await raw(origin, "/lgsco/sheffield-city-council/statistics", {
      headers: { "If-None-Match": String(first.headers.etag) },
    });
    expect(conditional.status).toBe(304);
    expect(conditional.body).toBe("");
    const sinceModified = await raw(origin, "/lgsco/sheffield-city-council/statistics", {
      headers: { "If-Modified-Since": String(first.headers["last-modified"]) },
    });
    expect(sinceModified.status).toBe(304);
    expect(standIn.requestsFor("sheffield-city-council")).toHaveLength(1);
  });

  it("asks upstream again once a day has passed, revalidating", async () => {
    let clock = Date.parse("2026-01-15T09:00:00Z");
    const origin = await startHost({ now: () => clock });
    await raw(origin, "/lgsco/kent-county-council/statistics");
    clock += 25 * 60 * 60 * 1000;
    const again = await raw(origin, "/lgsco/kent-county-council/statistics");
    expect(again.status).toBe(200);
    expect(again.body).toContain("Kent County Council");
    const requests = standIn.requestsFor("kent-county-council");
    expect(requests.map((r) => r.status)).toEqual([200, 304]);
    expect(requests[1]!.headers["if-none-match"]).toBeDefined();
  });

  it("says when it read a page it serves from its day-long cache, and the pane's client cites that time, not now", async () => {
    let clock = Date.parse("2026-01-15T09:00:00Z");
    const origin = await startHost({ now: () => clock });
    await raw(origin, "/lgsco/kent-county-council/statistics");
    clock += 6 * 60 * 60 * 1000;
    const later = await raw(origin, "/lgsco/kent-county-council/statistics");
    expect(later.headers["x-lgsco-retrieved"]).toBe("2026-01-15T09:00:00.000Z");
    const client = new LgscoClient({ baseUrl: `${origin}/lgsco`, via: "host", now: () => clock, sleep: recordingSleep().sleep });
    const page = await client.fetchStatisticsPage("kent-county-council");
    expect(page.retrieved).toBe("2026-01-15T09:00:00.000Z");
    expect(standIn.requestsFor("kent-county-council")).toHaveLength(1);
  });

  it("passes on LGSCO's Retry-After on a 503, and the pane's client waits that long before asking again", async () => {
    const answers = [new Response("busy", { status: 503, headers: { "Retry-After": "7" } })];
    const upstream: FetchLike = (input, init) => (answers.length > 0 ? Promise.resolve(answers.shift()!) : fetch(input, init));
    const origin = await startHost({ fetch: upstream });
    const answer = await raw(origin, "/lgsco/kent-county-council/statistics");
    expect(answer.status).toBe(502);
    expect(answer.headers["retry-after"]).toBe("7");
    answers.push(new Response("busy", { status: 503, headers: { "Retry-After": "7" } }));
    const { client, pauses } = paneClient(origin);
    const page = await client.fetchStatisticsPage("kent-county-council");
    expect(page.html).toContain("Kent County Council");
    expect(pauses).toEqual([7000]);
  });

  it("answers 404 for a missing page; the pane's client says so once, offering alternatives", async () => {
    const origin = await startHost();
    const answer = await raw(origin, `/lgsco/${STAND_IN_SLUGS.notFound}/statistics`);
    expect(answer.status).toBe(404);
    expect(errorKind(answer)).toBe("not-found");
    const { client, pauses } = paneClient(origin);
    const error = await failure(client.fetchStatisticsPage(STAND_IN_SLUGS.notFound, { alternatives: ["kent-county-council"] }));
    expect(error.kind).toBe("not-found");
    expect(error.message).toContain("Other page names to try: kent-county-council.");
    expect(pauses).toEqual([]);
    // The host remembers the 404 for a while rather than asking again.
    expect(standIn.requestsFor(STAND_IN_SLUGS.notFound)).toHaveLength(1);
  });

  it("answers 502 for an upstream fault; the pane's client retries twice and reports LGSCO's fault", async () => {
    const origin = await startHost();
    const answer = await raw(origin, `/lgsco/${STAND_IN_SLUGS.serverError}/statistics`);
    expect(answer.status).toBe(502);
    expect(errorKind(answer)).toBe("server-error");
    standIn.requests.length = 0;
    const { client, pauses } = paneClient(origin);
    const error = await failure(client.fetchStatisticsPage(STAND_IN_SLUGS.serverError));
    expect(error.kind).toBe("server-error");
    expect(error.message).toBe("LGSCO's site had a fault (HTTP 500) and did not send the page, after 3 tries.");
    expect(pauses).toEqual([1000, 3000]);
    // The host itself does not retry: one upstream request per pane request.
    expect(standIn.requestsFor(STAND_IN_SLUGS.serverError)).toHaveLength(3);
  });

  it("answers 504 when upstream is too slow, and the pane does not retry", async () => {
    const timers = new ManualTimers();
    const origin = await startHost({ timers });
    const { client, pauses } = paneClient(origin);
    const pending = failure(client.fetchStatisticsPage(STAND_IN_SLUGS.slow));
    await standIn.waitForRequest(STAND_IN_SLUGS.slow);
    expect(timers.pendingDelays()).toEqual([9_000]);
    timers.fireAll();
    const error = await pending;
    expect(error.kind).toBe("timeout");
    expect(error.status).toBeUndefined();
    expect(error.message).toBe("LGSCO's site did not answer within 9 seconds.");
    expect(pauses).toEqual([]);
  });

  it.each([STAND_IN_SLUGS.huge, STAND_IN_SLUGS.hugeChunked])("refuses a 5 MB upstream body (%s)", async (slug) => {
    const origin = await startHost();
    const answer = await raw(origin, `/lgsco/${slug}/statistics`);
    expect(answer.status).toBe(502);
    expect(errorKind(answer)).toBe("too-large");
    expect(answer.body.length).toBeLessThan(1000);
  });

  it("caps the body at 2 MB exactly", async () => {
    const origin = await startHost();
    const limit = 2 * 1024 * 1024;
    const filler = (bytes: number): string => `<!-- composed by us: padding -->${"x".repeat(bytes - 32)}`;
    standIn.setPage("just-under-cap", { html: filler(limit) });
    standIn.setPage("just-over-cap", { html: filler(limit + 1) });
    const under = await raw(origin, "/lgsco/just-under-cap/statistics");
    expect(under.status).toBe(200);
    expect(Buffer.byteLength(under.body)).toBe(limit);
    const over = await raw(origin, "/lgsco/just-over-cap/statistics");
    expect(over.status).toBe(502);
    expect(errorKind(over)).toBe("too-large");
  });

  it("follows no redirect to another host", async () => {
    const origin = await startHost();
    const answer = await raw(origin, `/lgsco/${STAND_IN_SLUGS.redirectAway}/statistics`);
    expect(answer.status).toBe(502);
    expect(errorKind(answer)).toBe("redirected");
    expect(standIn.requests.filter((r) => r.host.startsWith("localhost"))).toEqual([]);
    const error = await failure(paneClient(origin).client.fetchStatisticsPage(STAND_IN_SLUGS.redirectAway));
    expect(error.kind).toBe("redirected");
    expect(error.message).toContain(`(localhost:${standIn.port})`);
  });

  it("passes on only HTML", async () => {
    const origin = await startHost();
    const answer = await raw(origin, `/lgsco/${STAND_IN_SLUGS.notHtml}/statistics`);
    expect(answer.status).toBe(502);
    expect(errorKind(answer)).toBe("not-html");
    expect(answer.body).not.toContain("%PDF");
    const error = await failure(paneClient(origin).client.fetchStatisticsPage(STAND_IN_SLUGS.notHtml));
    expect(error.message).toBe('LGSCO\'s site answered with "application/pdf" rather than a web page.');
  });

  it("shares one upstream fetch between requests for the same council arriving together", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let upstreamCalls = 0;
    const gatedFetch: FetchLike = async (input, init) => {
      upstreamCalls++;
      await gate;
      return fetch(input, init);
    };
    let arrivals = 0;
    const origin = await startHost({ fetch: gatedFetch, rateLimit: false }, (_req, _res, next) => {
      next(); // the relay registers its fetch synchronously, before this returns
      if (++arrivals === 2) release();
    });
    const answers = await Promise.all([
      raw(origin, "/lgsco/leeds-city-council/statistics"),
      raw(origin, "/lgsco/leeds-city-council/statistics"),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(upstreamCalls).toBe(1);
  });
});

describe("rate limit", () => {
  it("limits each client's requests and tells the pane plainly", async () => {
    const origin = await startHost({ rateLimit: { windowMs: 60_000, limit: 3 } });
    for (let i = 0; i < 3; i++) expect((await raw(origin, "/lgsco/kent-county-council/statistics")).status).toBe(200);
    const limited = await raw(origin, "/lgsco/kent-county-council/statistics");
    expect(limited.status).toBe(429);
    expect(errorKind(limited)).toBe("rate-limited");
    const error = await failure(paneClient(origin).client.fetchStatisticsPage("kent-county-council"));
    expect(error.kind).toBe("rate-limited");
    expect(error.message).toContain("wait a minute");
    // Refused paths count too, so probing cannot go unlimited; nothing more reached upstream.
    expect((await raw(origin, "/lgsco/../x/statistics")).status).toBe(429);
    expect(standIn.requestsFor("kent-county-council")).toHaveLength(1);
  });
});

describe("lgscoProxy (the handler the webpack dev server mounts)", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("takes its upstream and rate limit from the environment", async () => {
    vi.stubEnv("LGSCO_UPSTREAM_BASE_URL", standIn.baseUrl);
    vi.stubEnv("LGSCO_RATE_LIMIT_PER_MINUTE", "2");
    const origin = await serve(express().use(lgscoProxy));
    const first = await raw(origin, "/lgsco/kent-county-council/statistics");
    expect(first.status).toBe(200);
    expect(first.headers["content-location"]).toBe(`${standIn.baseUrl}/kent-county-council/statistics`);
    expect((await raw(origin, "/lgsco/kent-county-council/statistics")).status).toBe(200);
    expect((await raw(origin, "/lgsco/kent-county-council/statistics")).status).toBe(429);
  });
});
