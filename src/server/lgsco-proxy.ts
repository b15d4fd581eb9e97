// The add-in host's relay of LGSCO statistics pages: `GET /lgsco/<slug>/statistics`.
// A task pane cannot read lgo.org.uk across origins, so its own host fetches the page for it.
// This is the one handler both the webpack dev server (setupMiddlewares) and `npm run serve`
// mount. It fetches nothing but `<upstream>/<slug>/statistics` with slug [A-Za-z0-9-]{1,100}
// (upstream is LGSCO's address unless a setting points it at a test stand-in), refuses every
// other path, follows no redirect off the site, reads at most 2 MB, passes on only HTML, keeps
// answers for a day, and limits how often each client may ask.
import { createHash } from "node:crypto";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { rateLimit } from "express-rate-limit";
import {
  DEFAULT_MAX_BODY_BYTES,
  LGSCO_SITE_BASE_URL,
  LgscoClient,
  RETRIEVED_HEADER,
  type FetchLike,
  type StatisticsPage,
  type Timers,
} from "../sources/live/lgsco-client";
import { LgscoFetchError, describeFetchFailure, type LgscoFetchErrorDetails, type LgscoFetchErrorKind } from "../sources/live/lgsco-fetch-error";
import { DEFAULT_FRESHNESS_MS, MemoryStorage, PageCache } from "../sources/live/page-cache";
import { readRelaySettings, type ServerConfig } from "./config";

export const PROXY_PATH_PREFIX = "/lgsco/";

export interface LgscoProxyOptions {
  /** Where pages are fetched from; LGSCO's own address unless a test points it at a stand-in. */
  upstreamBaseUrl?: string;
  fetch?: FetchLike;
  now?: () => number;
  timers?: Timers;
  /** Below the pane's own 10 s, so the pane hears why rather than timing out itself. */
  upstreamTimeoutMs?: number;
  maxBodyBytes?: number;
  /** How long a page is served without asking LGSCO again; default 24 h. */
  freshnessMs?: number;
  /** How long a 404 is remembered, so a wrong page name does not hammer LGSCO; default 10 min. */
  notFoundMemoryMs?: number;
  /** Requests per client (IP address) per window; `false` turns the limit off. */
  rateLimit?: { windowMs: number; limit: number } | false;
  /** Pages kept in memory at most. */
  cacheEntries?: number;
  userAgent?: string;
}

export const DEFAULT_UPSTREAM_TIMEOUT_MS = 9_000;
export const DEFAULT_RATE_LIMIT = { windowMs: 60_000, limit: 60 } as const;

/** What the path of a request under /lgsco/ asks for. */
export type ProxyPath =
  | { kind: "not-ours" }
  | { kind: "statistics"; slug: string }
  | { kind: "refused"; status: 400 | 404; reason: string };

/**
 * Reads the raw request target. Any percent-encoding, dot, colon, `@` or backslash is refused
 * outright: a page name never needs one, and each is a way to smuggle another path or host.
 */
export function parseProxyPath(target: string): ProxyPath {
  const path = target.split("?")[0] ?? "";
  if (path !== "/lgsco" && !path.startsWith(PROXY_PATH_PREFIX)) return { kind: "not-ours" };
  if (/[%.:@\\]/.test(path)) {
    return { kind: "refused", status: 400, reason: "The address may hold only a council page name of letters, digits and hyphens." };
  }
  const segments = path.slice(PROXY_PATH_PREFIX.length).split("/");
  if (segments.length !== 2 || segments[1] !== "statistics") {
    return { kind: "refused", status: 404, reason: "The add-in's host relays only /lgsco/<page name>/statistics." };
  }
  const slug = segments[0] ?? "";
  // LGSCO's links are not always lower case (`North-Northamptonshire-Council`); nothing else is let through.
  if (!/^[A-Za-z0-9-]{1,100}$/.test(slug)) {
    return { kind: "refused", status: 400, reason: "A council page name is 1 to 100 letters, digits and hyphens." };
  }
  return { kind: "statistics", slug };
}

/** HTTP status the host answers with for each failure fetching from LGSCO. */
const STATUS_FOR_FAILURE: Record<LgscoFetchErrorKind, number> = {
  "invalid-slug": 400,
  "not-found": 404,
  timeout: 504,
  network: 502,
  "server-error": 502,
  "rate-limited": 502,
  "too-large": 502,
  "not-html": 502,
  redirected: 502,
  "unexpected-status": 502,
  cancelled: 502,
};

export function createLgscoProxy(options: LgscoProxyOptions = {}): RequestHandler {
  const now = options.now ?? Date.now;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const client = new LgscoClient({
    baseUrl: options.upstreamBaseUrl ?? LGSCO_SITE_BASE_URL,
    via: "site",
    now,
    timeoutMs: options.upstreamTimeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS,
    // No retries here: the pane's client retries, and retrying at both ends multiplies the wait.
    retryDelaysMs: [],
    maxBodyBytes,
    freshnessMs: options.freshnessMs ?? DEFAULT_FRESHNESS_MS,
    cache: new PageCache(new MemoryStorage(options.cacheEntries ?? 500)),
    headers: { "User-Agent": options.userAgent ?? "OmbudsmanScrutiny/0.1 (Excel add-in host; LGSCO statistics relay)" },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timers ? { timers: options.timers } : {}),
  });
  const notFoundMemoryMs = options.notFoundMemoryMs ?? 10 * 60_000;
  const knownMissing = new Map<string, { until: number; error: LgscoFetchError }>();
  const inFlight = new Map<string, Promise<StatisticsPage>>();

  const limits = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const limiter =
    limits === false
      ? undefined
      : rateLimit({
          windowMs: limits.windowMs,
          limit: limits.limit,
          standardHeaders: "draft-7",
          legacyHeaders: false,
          // `lgscoProxy` below makes its instance on first use, inside a request, but only once.
          validate: { creationStack: false },
          handler: (_req, res) => {
            sendFailure(res, 429, { kind: "rate-limited", slug: "", party: "host" });
          },
        });

  async function fetchPage(slug: string): Promise<StatisticsPage> {
    const missing = knownMissing.get(slug);
    if (missing !== undefined && missing.until > now()) throw missing.error;
    // Concurrent requests for one council share one upstream fetch.
    let pending = inFlight.get(slug);
    if (pending === undefined) {
      pending = client.fetchStatisticsPage(slug).finally(() => inFlight.delete(slug));
      inFlight.set(slug, pending);
    }
    try {
      return await pending;
    } catch (error) {
      if (error instanceof LgscoFetchError && error.kind === "not-found") {
        if (knownMissing.size > 1000) knownMissing.clear();
        knownMissing.set(slug, { until: now() + notFoundMemoryMs, error });
      }
      throw error;
    }
  }

  async function relay(req: Request, res: Response, slug: string): Promise<void> {
    let page: StatisticsPage;
    try {
      page = await fetchPage(slug);
    } catch (error) {
      const details: LgscoFetchErrorDetails =
        error instanceof LgscoFetchError ? error.details : { kind: "network", slug, party: "site" };
      const relayed = details.kind === "rate-limited" ? { ...details, kind: "unexpected-status" as const, status: 429 } : details;
      sendFailure(res, STATUS_FOR_FAILURE[relayed.kind], relayed);
      return;
    }
    const etag = page.etag ?? `"${createHash("sha256").update(page.html).digest("base64url").slice(0, 27)}"`;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("ETag", etag);
    if (page.lastModified !== undefined) res.setHeader("Last-Modified", page.lastModified);
    res.setHeader("Content-Location", page.url);
    // When this host read the page from LGSCO: a copy from its day-long cache is not read "now".
    res.setHeader(RETRIEVED_HEADER, page.retrieved);
    // The pane keeps its own day-long cache; the browser should always ask (cheaply, with 304s).
    res.setHeader("Cache-Control", "no-cache");
    // LGSCO's HTML is data to the add-in, never a page to run on the add-in's own origin.
    res.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
    res.setHeader("X-Content-Type-Options", "nosniff");
    if (notModified(req, etag, page.lastModified)) {
      res.statusCode = 304;
      res.end();
      return;
    }
    const body = Buffer.from(page.html, "utf8");
    res.statusCode = 200;
    res.setHeader("Content-Length", String(body.byteLength));
    res.end(req.method === "HEAD" ? undefined : body);
  }

  function handle(req: Request, res: Response, next: NextFunction): void {
    const target = req.originalUrl ?? req.url;
    const parsed = parseProxyPath(target);
    if (parsed.kind === "not-ours") return next();
    const proceed = (): void => {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.setHeader("Allow", "GET, HEAD");
        sendJson(res, 405, { error: { kind: "method-not-allowed", message: "The add-in's host only reads LGSCO pages (GET)." } });
        return;
      }
      if (parsed.kind === "refused") {
        sendJson(res, parsed.status, { error: { kind: parsed.status === 400 ? "invalid-slug" : "not-ours", message: parsed.reason } });
        return;
      }
      relay(req, res, parsed.slug).catch(next);
    };
    if (limiter === undefined) return proceed();
    void limiter(req, res, (error?: unknown) => (error ? next(error) : proceed()));
  }

  return handle;
}

/** The relay's options from the host's settings (config.ts): its upstream, and requests per client per minute. */
export function relayOptions(settings: Pick<ServerConfig, "upstreamBaseUrl" | "rateLimitPerMinute">): LgscoProxyOptions {
  return { upstreamBaseUrl: settings.upstreamBaseUrl, rateLimit: { windowMs: 60_000, limit: settings.rateLimitPerMinute } };
}

let relayFromEnvironment: RequestHandler | undefined;

/**
 * The relay with its settings from the environment (LGSCO_UPSTREAM_BASE_URL,
 * LGSCO_RATE_LIMIT_PER_MINUTE; see main.ts), made on first use: what the webpack dev server
 * mounts (webpack.config.js imports this export).
 */
export const lgscoProxy: RequestHandler = (req, res, next) => {
  relayFromEnvironment ??= createLgscoProxy(relayOptions(readRelaySettings(process.env)));
  return relayFromEnvironment(req, res, next);
};

function notModified(req: Request, etag: string, lastModified: string | undefined): boolean {
  const ifNoneMatch = req.headers["if-none-match"];
  if (ifNoneMatch !== undefined) {
    const tags = ifNoneMatch.split(",").map((tag) => tag.trim().replace(/^W\//, ""));
    return tags.includes("*") || tags.includes(etag.replace(/^W\//, ""));
  }
  const ifModifiedSince = req.headers["if-modified-since"];
  if (ifModifiedSince === undefined || lastModified === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  const modified = Date.parse(lastModified);
  return Number.isFinite(since) && Number.isFinite(modified) && modified <= since;
}

/** A failure as JSON the pane's client turns back into the same typed error. */
function sendFailure(res: Response, status: number, details: LgscoFetchErrorDetails): void {
  const { kind, status: upstreamStatus, timeoutMs, maxBodyBytes, contentType, redirectHost, cause, retryAfterMs } = details;
  // LGSCO's Retry-After is passed on, so the pane waits as LGSCO asked rather than by its own count.
  if (retryAfterMs !== undefined) res.setHeader("Retry-After", String(Math.ceil(retryAfterMs / 1000)));
  sendJson(res, status, {
    error: {
      kind,
      message: describeFetchFailure(details),
      ...(upstreamStatus !== undefined ? { status: upstreamStatus } : {}),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      ...(maxBodyBytes !== undefined ? { maxBodyBytes } : {}),
      ...(contentType !== undefined ? { contentType } : {}),
      ...(redirectHost !== undefined ? { redirectHost } : {}),
      ...(cause !== undefined ? { cause } : {}),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    },
  });
}

function sendJson(res: Response, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Content-Length", String(Buffer.byteLength(text)));
  res.end(text);
}
