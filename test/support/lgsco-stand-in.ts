// A stand-in for LGSCO's site: a real HTTP server on 127.0.0.1 that answers
// `/your-councils-performance/<slug>/statistics` the ways the real site (or the network) might:
// recorded pages (composed by us from real figures, see test/fixtures/stand-in/), 404, 500, a
// slow answer past the client's time limit, a 5 MB body, a redirect to another host, a redirect
// within the site and a non-HTML answer. Tests point a client's or the host's base URL at
// `standIn.baseUrl` and look at `standIn.requests` to see what reached "LGSCO".
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";

export const STAND_IN_PATH_PREFIX = "/your-councils-performance";

/** Slugs with special behaviour; every other slug without a page answers 404. */
export const STAND_IN_SLUGS = {
  notFound: "no-such-council",
  serverError: "server-error-council",
  slow: "slow-council",
  huge: "huge-council",
  hugeChunked: "huge-chunked-council",
  redirectAway: "redirect-away-council",
  redirectWithinSite: "renamed-council",
  notHtml: "not-html-council",
} as const;

/** The recorded pages: slug → fixture file (composed by us in LGSCO's layouts). */
export const RECORDED_PAGE_FILES = {
  "sheffield-city-council": "sheffield-city-council-2022-23.composed.html",
  "leeds-city-council": "leeds-city-council-2023-24.composed.html",
  "kent-county-council": "kent-county-council-2024-25.composed.html",
} as const;
export type RecordedSlug = keyof typeof RECORDED_PAGE_FILES;

/** A fixed date for Last-Modified, so conditional requests are repeatable. */
export const RECORDED_LAST_MODIFIED = "Wed, 16 Jul 2025 09:00:00 GMT";
export const HUGE_BODY_BYTES = 5 * 1024 * 1024;

export interface StandInPage {
  html: string;
  contentType?: string;
  /** ETag to send; default a hash of the page; null for none. */
  etag?: string | null;
  /** Last-Modified to send; default RECORDED_LAST_MODIFIED; null for none. */
  lastModified?: string | null;
}

export interface RecordedRequest {
  method: string;
  /** The raw request target as received, e.g. "/your-councils-performance/kent-county-council/statistics". */
  path: string;
  /** The slug, when the path had the statistics shape. */
  slug?: string;
  host: string;
  headers: IncomingMessage["headers"];
  /** Status the stand-in answered with (set once it answers). */
  status?: number;
}

export interface LgscoStandIn {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** origin + "/your-councils-performance": the base URL for clients and the host. */
  baseUrl: string;
  port: number;
  requests: RecordedRequest[];
  requestsFor(slug: string): RecordedRequest[];
  /** Resolves once `count` requests for `slug` have arrived (at once if they already have). */
  waitForRequest(slug: string, count?: number): Promise<RecordedRequest>;
  setPage(slug: string, page: StandInPage): void;
  removePage(slug: string): void;
  /** The next `times` requests for `slug` answer `status` (default 500) before normal service. */
  failNext(slug: string, times: number, status?: number): void;
  /** The next `times` requests for `slug` have their connection cut before any answer. */
  dropNext(slug: string, times: number): void;
  close(): Promise<void>;
}

export interface StandInOptions {
  /** Pages to serve; default the recorded pages. */
  pages?: Record<string, StandInPage>;
  /** How long the slow slug waits before answering; default 60 s, far past any client's limit. */
  slowAnswerMs?: number;
}

const FIXTURE_DIRECTORY = fileURLToPath(new URL("../fixtures/stand-in/", import.meta.url));

/** The recorded pages as the stand-in serves them by default. */
export function recordedPages(): Record<RecordedSlug, StandInPage> {
  const pages = {} as Record<RecordedSlug, StandInPage>;
  for (const [slug, file] of Object.entries(RECORDED_PAGE_FILES) as [RecordedSlug, string][]) {
    pages[slug] = { html: readFileSync(FIXTURE_DIRECTORY + file, "utf8") };
  }
  return pages;
}

export async function startLgscoStandIn(options: StandInOptions = {}): Promise<LgscoStandIn> {
  const pages = new Map<string, StandInPage>(Object.entries(options.pages ?? recordedPages()));
  const slowAnswerMs = options.slowAnswerMs ?? 60_000;
  const requests: RecordedRequest[] = [];
  const failures = new Map<string, { times: number; status: number }>();
  const drops = new Map<string, number>();
  const waiters: { slug: string; count: number; resolve: (r: RecordedRequest) => void }[] = [];
  const pendingTimers = new Set<ReturnType<typeof setTimeout>>();

  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    const match = /^\/your-councils-performance\/([^/?#]+)\/statistics(?:\?.*)?$/.exec(path);
    const record: RecordedRequest = {
      method: req.method ?? "GET",
      path,
      host: req.headers.host ?? "",
      headers: req.headers,
      ...(match?.[1] !== undefined ? { slug: match[1] } : {}),
    };
    requests.push(record);
    res.on("finish", () => (record.status = res.statusCode));
    for (const waiter of [...waiters]) {
      if (waiter.slug === record.slug && requests.filter((r) => r.slug === waiter.slug).length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(record);
      }
    }
    if (match?.[1] === undefined || (req.method !== "GET" && req.method !== "HEAD")) {
      return sendText(res, 404, "Not found");
    }
    answer(match[1], req, res);
  });

  function answer(slug: string, req: IncomingMessage, res: ServerResponse): void {
    const dropsLeft = drops.get(slug) ?? 0;
    if (dropsLeft > 0) {
      drops.set(slug, dropsLeft - 1);
      req.socket.destroy();
      return;
    }
    const failure = failures.get(slug);
    if (failure !== undefined && failure.times > 0) {
      failure.times--;
      return sendText(res, failure.status, "Service temporarily unavailable", "text/html; charset=utf-8");
    }
    switch (slug) {
      case STAND_IN_SLUGS.serverError:
        return sendText(res, 500, "<h1>Internal Server Error</h1>", "text/html; charset=utf-8");
      case STAND_IN_SLUGS.slow: {
        const timer = setTimeout(() => {
          pendingTimers.delete(timer);
          sendPage(req, res, pages.get("kent-county-council") ?? { html: "<p>late</p>" });
        }, slowAnswerMs);
        pendingTimers.add(timer);
        return;
      }
      case STAND_IN_SLUGS.huge:
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": HUGE_BODY_BYTES });
        return void writeHugeBody(res);
      case STAND_IN_SLUGS.hugeChunked:
        // No Content-Length: only counting the bytes as they come can catch this one.
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        return void writeHugeBody(res);
      case STAND_IN_SLUGS.redirectAway: {
        // Another host name for the same machine: if a client followed it, the request would
        // show up here with Host "localhost:PORT".
        const port = (server.address() as AddressInfo).port;
        res.writeHead(302, { Location: `http://localhost:${port}${STAND_IN_PATH_PREFIX}/kent-county-council/statistics` });
        return void res.end();
      }
      case STAND_IN_SLUGS.redirectWithinSite:
        res.writeHead(301, { Location: `${STAND_IN_PATH_PREFIX}/kent-county-council/statistics` });
        return void res.end();
      case STAND_IN_SLUGS.notHtml:
        return sendText(res, 200, "%PDF-1.4\n% composed by the Ombudsman Scrutiny project: not a real PDF\n", "application/pdf");
    }
    const page = pages.get(slug);
    if (page === undefined) {
      return sendText(res, 404, "<h1>Page not found</h1>", "text/html; charset=utf-8");
    }
    sendPage(req, res, page);
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    baseUrl: origin + STAND_IN_PATH_PREFIX,
    port,
    requests,
    requestsFor: (slug) => requests.filter((r) => r.slug === slug),
    waitForRequest(slug, count = 1) {
      const seen = requests.filter((r) => r.slug === slug);
      if (seen.length >= count) return Promise.resolve(seen[count - 1]!);
      return new Promise((resolve) => waiters.push({ slug, count, resolve }));
    },
    setPage: (slug, page) => void pages.set(slug, page),
    removePage: (slug) => void pages.delete(slug),
    failNext: (slug, times, status = 500) => void failures.set(slug, { times, status }),
    dropNext: (slug, times) => void drops.set(slug, times),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of pendingTimers) clearTimeout(timer);
        pendingTimers.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The ETag the stand-in sends for a page by default. */
export function standInEtag(html: string): string {
  return `"${createHash("sha256").update(html).digest("hex").slice(0, 16)}"`;
}

function sendPage(req: IncomingMessage, res: ServerResponse, page: StandInPage): void {
  const etag = page.etag === undefined ? standInEtag(page.html) : page.etag;
  const lastModified = page.lastModified === undefined ? RECORDED_LAST_MODIFIED : page.lastModified;
  const headers: Record<string, string> = { "Content-Type": page.contentType ?? "text/html; charset=utf-8" };
  if (etag !== null) headers.ETag = etag;
  if (lastModified !== null) headers["Last-Modified"] = lastModified;

  const ifNoneMatch = req.headers["if-none-match"];
  const ifModifiedSince = req.headers["if-modified-since"];
  const unchanged =
    ifNoneMatch !== undefined
      ? etag !== null && ifNoneMatch.split(",").some((tag) => tag.trim() === etag)
      : ifModifiedSince !== undefined && lastModified !== null && Date.parse(ifModifiedSince) >= Date.parse(lastModified);
  if (unchanged) {
    res.writeHead(304, headers);
    return void res.end();
  }
  const body = Buffer.from(page.html, "utf8");
  res.writeHead(200, { ...headers, "Content-Length": String(body.byteLength) });
  res.end(req.method === "HEAD" ? undefined : body);
}

function sendText(res: ServerResponse, status: number, text: string, contentType = "text/plain; charset=utf-8"): void {
  res.writeHead(status, { "Content-Type": contentType, "Content-Length": String(Buffer.byteLength(text)) });
  res.end(text);
}

/** 5 MB of harmless HTML in 64 KB chunks, respecting back-pressure; stops if the reader leaves. */
async function writeHugeBody(res: ServerResponse): Promise<void> {
  const chunk = Buffer.alloc(64 * 1024, "<p>padding</p>\n");
  let written = 0;
  while (written < HUGE_BODY_BYTES && !res.destroyed) {
    const size = Math.min(chunk.byteLength, HUGE_BODY_BYTES - written);
    const ok = res.write(size === chunk.byteLength ? chunk : chunk.subarray(0, size));
    written += size;
    if (!ok) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          res.off("drain", done);
          res.off("close", done);
          resolve();
        };
        res.on("drain", done);
        res.on("close", done);
      });
    }
  }
  if (!res.destroyed) res.end();
}
