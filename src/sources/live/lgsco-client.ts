// Fetches a council's LGSCO statistics page by its page name (slug). In the task pane the base
// URL is the add-in host's `/lgsco` (a pane cannot read lgo.org.uk across origins); in Node it is
// LGSCO's own address. Each request has a time limit; network failures and server faults are
// tried again with a growing pause; a 404 is not (the page name is wrong, and saying so is more
// useful than asking again). Pages are cached for a day and revalidated with the validators the
// server gave (ETag / Last-Modified).
import {
  LgscoFetchError,
  isLgscoFetchErrorKind,
  isTransient,
  type FailingParty,
  type LgscoFetchErrorDetails,
} from "./lgsco-fetch-error";
import { DEFAULT_FRESHNESS_MS, isFresh, type CachedPage, type PageCache } from "./page-cache";

export { LgscoFetchError } from "./lgsco-fetch-error";

/** LGSCO's own pages: `<base>/<slug>/statistics`. */
export const LGSCO_SITE_BASE_URL = "https://www.lgo.org.uk/your-councils-performance";
/** The add-in host's relay of the same pages (src/server), as the task pane sees it. */
export const ADDIN_HOST_BASE_URL = "/lgsco";

// LGSCO's own links are not always lower case (`North-Northamptonshire-Council`).
export const SLUG_PATTERN = /^[A-Za-z0-9-]{1,100}$/;
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1_000, 3_000];
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;
/** The longest Retry-After the client waits out before asking again; a longer one ends the pull. */
export const DEFAULT_MAX_RETRY_AFTER_MS = 30_000;
/** Header the add-in's host sends with a relayed page: when it read the page from LGSCO (ISO). */
export const RETRIEVED_HEADER = "X-Lgsco-Retrieved";
const MAX_SAME_SITE_REDIRECTS = 3;

export function isValidSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug);
}

/** LGSCO's address of a council's statistics page: the source every live figure cites. */
export function lgscoStatisticsPageUrl(slug: string): string {
  return `${LGSCO_SITE_BASE_URL}/${slug}/statistics`;
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** The timer functions the client uses for its time limit; tests pass controllable ones. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface LgscoClientOptions {
  /** `LGSCO_SITE_BASE_URL`, `ADDIN_HOST_BASE_URL` or a test stand-in's address. */
  baseUrl: string;
  fetch?: FetchLike;
  /** Epoch milliseconds now. */
  now?: () => number;
  timers?: Timers;
  /** Pause between tries; defaults to a timer-based sleep. */
  sleep?: (ms: number) => Promise<void>;
  timeoutMs?: number;
  /** One pause per retry; its length is the number of retries (two by default). */
  retryDelaysMs?: readonly number[];
  /** A Retry-After up to this long is waited out (in place of the shorter pause); default 30 s. */
  maxRetryAfterMs?: number;
  maxBodyBytes?: number;
  cache?: PageCache;
  freshnessMs?: number;
  /** Extra request headers, e.g. a User-Agent naming the add-in's host (ignored by browsers). */
  headers?: Record<string, string>;
  /**
   * Whether the base URL is LGSCO's site ("site") or the add-in's host relaying it ("host");
   * it changes only whom a failed connection is blamed on. Default: "host" for a relative
   * base URL, "site" otherwise.
   */
  via?: FailingParty;
}

export interface FetchPageOptions {
  signal?: AbortSignal;
  /** Page names to suggest if this one answers 404 (from the register). */
  alternatives?: readonly string[];
}

export interface StatisticsPage {
  slug: string;
  html: string;
  /** The page's address at LGSCO (or at the stand-in in tests): what figures cite. */
  url: string;
  /** ISO date-time the page was received or last confirmed unchanged. */
  retrieved: string;
  /** "network": just received; "revalidated": cached copy confirmed unchanged; "cache": fresh copy, no request. */
  from: "network" | "revalidated" | "cache";
  etag?: string;
  lastModified?: string;
}

/** What one HTTP exchange produced, before caching. */
type Exchange =
  | { kind: "page"; html: string; url: string; etag?: string; lastModified?: string; retrieved?: string }
  | { kind: "not-modified"; etag?: string; lastModified?: string; retrieved?: string };

const defaultTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

export class LgscoClient {
  private readonly baseUrl: string;
  private readonly fetchImpl: FetchLike;
  private readonly now: () => number;
  private readonly timers: Timers;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly timeoutMs: number;
  private readonly retryDelaysMs: readonly number[];
  private readonly maxRetryAfterMs: number;
  private readonly maxBodyBytes: number;
  private readonly cache: PageCache | undefined;
  private readonly freshnessMs: number;
  private readonly headers: Record<string, string>;
  private readonly via: FailingParty;

  constructor(options: LgscoClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.now = options.now ?? Date.now;
    this.timers = options.timers ?? defaultTimers;
    this.sleep =
      options.sleep ?? ((ms) => new Promise<void>((resolve) => this.timers.setTimeout(resolve, ms)));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    this.cache = options.cache;
    this.freshnessMs = options.freshnessMs ?? DEFAULT_FRESHNESS_MS;
    this.headers = options.headers ?? {};
    this.via = options.via ?? (isAbsoluteHttpUrl(this.baseUrl) ? "site" : "host");
  }

  /** The address this client requests for `slug`. */
  requestUrl(slug: string): string {
    return `${this.baseUrl}/${slug}/statistics`;
  }

  /**
   * The statistics page named `slug`: from the cache while fresh (24 h), else from the network
   * (revalidating a stale copy where the server gave validators). Throws LgscoFetchError.
   */
  async fetchStatisticsPage(slug: string, options: FetchPageOptions = {}): Promise<StatisticsPage> {
    if (!isValidSlug(slug)) throw new LgscoFetchError({ kind: "invalid-slug", slug });
    const requestUrl = this.requestUrl(slug);
    const cached = this.cache?.get(requestUrl);
    if (cached !== undefined && isFresh(cached, this.now(), this.freshnessMs)) {
      return { slug, ...pageFields(cached), from: "cache" };
    }

    for (let attempt = 1; ; attempt++) {
      try {
        const exchange = await this.exchange(slug, requestUrl, cached, options);
        return this.remember(slug, requestUrl, cached, exchange);
      } catch (error) {
        const failure = error instanceof LgscoFetchError ? error.withAttempts(attempt) : this.unexpected(slug, error);
        const pause = this.pauseBefore(attempt, failure);
        if (!isTransient(failure.kind) || pause === undefined || options.signal?.aborted) throw failure;
        await this.sleep(pause);
      }
    }
  }

  /**
   * The pause before try `attempt + 1`: the usual one, or longer when the site said when to come
   * back (Retry-After) and that is within the cap; none when no try is left or the wait is longer.
   */
  private pauseBefore(attempt: number, failure: LgscoFetchError): number | undefined {
    const pause = this.retryDelaysMs[attempt - 1];
    const asked = failure.details.retryAfterMs;
    if (pause === undefined || asked === undefined) return pause;
    return asked > this.maxRetryAfterMs ? undefined : Math.max(pause, asked);
  }

  private remember(slug: string, requestUrl: string, cached: CachedPage | undefined, exchange: Exchange): StatisticsPage {
    // Through the host, the page was read when the host read it (perhaps hours ago, from its cache).
    const retrieved = exchange.retrieved ?? new Date(this.now()).toISOString();
    if (exchange.kind === "not-modified") {
      if (cached === undefined) {
        // A 304 to a request that was not conditional: the server is confused.
        throw new LgscoFetchError({ kind: "unexpected-status", slug, status: 304, party: this.via, url: requestUrl });
      }
      const refreshed: CachedPage = { ...cached, retrieved, storedAt: this.now() };
      if (exchange.etag !== undefined) refreshed.etag = exchange.etag;
      if (exchange.lastModified !== undefined) refreshed.lastModified = exchange.lastModified;
      this.cache?.put(requestUrl, refreshed);
      return { slug, ...pageFields(refreshed), from: "revalidated" };
    }
    const page: CachedPage = { url: exchange.url, html: exchange.html, retrieved, storedAt: this.now() };
    if (exchange.etag !== undefined) page.etag = exchange.etag;
    if (exchange.lastModified !== undefined) page.lastModified = exchange.lastModified;
    this.cache?.put(requestUrl, page);
    return { slug, ...pageFields(page), from: "network" };
  }

  /** One request (following at most a few redirects within the same site), under the time limit. */
  private async exchange(
    slug: string,
    requestUrl: string,
    cached: CachedPage | undefined,
    options: FetchPageOptions,
  ): Promise<Exchange> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = this.timers.setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    const onCancel = (): void => controller.abort();
    options.signal?.addEventListener("abort", onCancel);
    const fail = (details: Omit<LgscoFetchErrorDetails, "slug">): LgscoFetchError =>
      new LgscoFetchError({ slug, url: requestUrl, ...details });

    try {
      let url = requestUrl;
      for (let redirects = 0; ; redirects++) {
        const response = await this.fetchImpl(url, {
          method: "GET",
          redirect: "manual",
          signal: controller.signal,
          headers: { Accept: "text/html,application/xhtml+xml", ...this.headers, ...conditionalHeaders(cached) },
        });
        const next = this.sameSiteRedirect(response, url, fail);
        if (next !== undefined) {
          if (redirects >= MAX_SAME_SITE_REDIRECTS) throw fail({ kind: "unexpected-status", status: response.status, party: "site" });
          await response.body?.cancel();
          url = next;
          continue;
        }
        return await this.readResponse(response, slug, url, fail, options);
      }
    } catch (error) {
      if (error instanceof LgscoFetchError) throw error;
      // Through the host too, the wait is for LGSCO's page: the host answers at once otherwise.
      if (timedOut) throw fail({ kind: "timeout", timeoutMs: this.timeoutMs, party: "site" });
      if (options.signal?.aborted) throw fail({ kind: "cancelled" });
      throw fail({ kind: "network", party: this.via, cause: networkCause(error) });
    } finally {
      this.timers.clearTimeout(timer);
      options.signal?.removeEventListener("abort", onCancel);
    }
  }

  /**
   * The next address when `response` is a redirect to another statistics page of the same site
   * (a renamed council); throws for a redirect anywhere else; undefined when not a redirect.
   */
  private sameSiteRedirect(
    response: Response,
    currentUrl: string,
    fail: (d: Omit<LgscoFetchErrorDetails, "slug">) => LgscoFetchError,
  ): string | undefined {
    // A browser hides where a manual redirect went ("opaqueredirect"): refuse it unseen.
    if (response.type === "opaqueredirect") throw fail({ kind: "redirected", party: "site" });
    if (response.status < 300 || response.status > 399 || response.status === 304) return undefined;
    const location = response.headers.get("location");
    if (location === null) throw fail({ kind: "unexpected-status", status: response.status, party: "site" });
    let target: URL;
    try {
      target = new URL(location, isAbsoluteHttpUrl(currentUrl) ? currentUrl : undefined);
    } catch {
      throw fail({ kind: "redirected", party: "site" });
    }
    if (!isAbsoluteHttpUrl(this.baseUrl)) throw fail({ kind: "redirected", redirectHost: target.host, party: "site" });
    const base = new URL(this.baseUrl);
    const basePath = base.pathname.replace(/\/+$/, "");
    const rest = target.pathname.startsWith(`${basePath}/`) ? target.pathname.slice(basePath.length + 1) : "";
    const match = /^([A-Za-z0-9-]{1,100})\/statistics$/.exec(rest);
    if (target.origin !== base.origin || match === null || target.search !== "" || target.username !== "") {
      throw fail({ kind: "redirected", redirectHost: target.origin === base.origin ? undefined : target.host, party: "site" });
    }
    return target.href;
  }

  private async readResponse(
    response: Response,
    slug: string,
    url: string,
    fail: (d: Omit<LgscoFetchErrorDetails, "slug">) => LgscoFetchError,
    options: FetchPageOptions,
  ): Promise<Exchange> {
    const validators = {
      ...optional("etag", response.headers.get("etag")),
      ...optional("lastModified", response.headers.get("last-modified")),
      ...optional("retrieved", this.via === "host" ? readRetrieved(response.headers.get(RETRIEVED_HEADER), this.now()) : null),
    };
    if (response.status === 304) return { kind: "not-modified", ...validators };
    if (!response.ok) {
      const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), this.now());
      const wait = retryAfterMs === undefined ? {} : { retryAfterMs };
      const relayed = await this.relayedFailure(response);
      await response.body?.cancel().catch(() => undefined);
      if (relayed !== undefined) {
        throw fail({ ...wait, ...relayed, alternatives: options.alternatives });
      }
      const party = this.via;
      if (response.status === 404 || response.status === 410) {
        throw fail({ kind: "not-found", status: response.status, alternatives: options.alternatives });
      }
      if (response.status === 429) throw fail({ kind: "rate-limited", status: 429, party, ...wait });
      if (response.status >= 500) throw fail({ kind: "server-error", status: response.status, party, ...wait });
      throw fail({ kind: "unexpected-status", status: response.status, party, ...wait });
    }
    const contentType = response.headers.get("content-type") ?? "";
    if (!isHtmlContentType(contentType)) {
      await response.body?.cancel().catch(() => undefined);
      throw fail({ kind: "not-html", contentType: contentType || undefined, party: "site" });
    }
    const declared = Number(response.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > this.maxBodyBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw fail({ kind: "too-large", maxBodyBytes: this.maxBodyBytes, party: "site" });
    }
    const bytes = await readCapped(response, this.maxBodyBytes);
    if (bytes === undefined) throw fail({ kind: "too-large", maxBodyBytes: this.maxBodyBytes, party: "site" });
    return { kind: "page", html: decode(bytes, contentType), url: this.pageUrl(response, url, slug), ...validators };
  }

  /**
   * The failure the add-in's host relayed as JSON (`{ error: { kind, ... } }`), so the pane
   * reports LGSCO's 404 or timeout rather than "the host answered 502".
   */
  private async relayedFailure(response: Response): Promise<Omit<LgscoFetchErrorDetails, "slug"> | undefined> {
    if (this.via !== "host") return undefined;
    if (!(response.headers.get("content-type") ?? "").includes("application/json")) return undefined;
    const bytes = await readCapped(response, 64 * 1024).catch(() => undefined);
    if (bytes === undefined) return undefined;
    let body: unknown;
    try {
      body = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      return undefined;
    }
    const error = (body as { error?: Record<string, unknown> } | null)?.error;
    if (typeof error !== "object" || error === null || !isLgscoFetchErrorKind(error.kind)) return undefined;
    const details: Omit<LgscoFetchErrorDetails, "slug"> = { kind: error.kind, party: "site" };
    if (typeof error.status === "number") details.status = error.status;
    if (typeof error.timeoutMs === "number") details.timeoutMs = error.timeoutMs;
    if (typeof error.maxBodyBytes === "number") details.maxBodyBytes = error.maxBodyBytes;
    if (typeof error.contentType === "string") details.contentType = error.contentType;
    if (typeof error.redirectHost === "string") details.redirectHost = error.redirectHost;
    if (typeof error.cause === "string") details.cause = error.cause;
    if (typeof error.retryAfterMs === "number" && Number.isFinite(error.retryAfterMs) && error.retryAfterMs >= 0) details.retryAfterMs = error.retryAfterMs;
    if (error.kind === "rate-limited") details.party = "host";
    return details;
  }

  /** The address figures cite: the host's Content-Location (LGSCO's address) when relayed, else where we read it. */
  private pageUrl(response: Response, url: string, slug: string): string {
    const contentLocation = response.headers.get("content-location");
    if (contentLocation !== null && isAbsoluteHttpUrl(contentLocation)) return contentLocation;
    if (isAbsoluteHttpUrl(url)) return url;
    return lgscoStatisticsPageUrl(slug);
  }

  private unexpected(slug: string, error: unknown): LgscoFetchError {
    return new LgscoFetchError({ kind: "network", slug, party: this.via, cause: networkCause(error) });
  }
}

function pageFields(page: CachedPage): Omit<StatisticsPage, "slug" | "from"> {
  return {
    html: page.html,
    url: page.url,
    retrieved: page.retrieved,
    ...optional("etag", page.etag ?? null),
    ...optional("lastModified", page.lastModified ?? null),
  };
}

function conditionalHeaders(cached: CachedPage | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (cached?.etag !== undefined) headers["If-None-Match"] = cached.etag;
  if (cached?.lastModified !== undefined) headers["If-Modified-Since"] = cached.lastModified;
  return headers;
}

function optional<K extends string>(key: K, value: string | null): Partial<Record<K, string>> {
  return value === null ? {} : ({ [key]: value } as Partial<Record<K, string>>);
}

/** Retry-After as milliseconds from now: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

/** The host's read time of a relayed page, when it is a real ISO time not in the future. */
function readRetrieved(value: string | null, now: number): string | null {
  if (value === null || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const time = Date.parse(value);
  // A minute's leeway for the host's clock; a time ahead of that is not believed.
  return Number.isFinite(time) && time <= now + 60_000 ? new Date(time).toISOString() : null;
}

export function isHtmlContentType(contentType: string): boolean {
  const mediaType = contentType.split(";")[0]?.trim().toLowerCase();
  return mediaType === "text/html" || mediaType === "application/xhtml+xml";
}

function isAbsoluteHttpUrl(text: string): boolean {
  return /^https?:\/\//i.test(text);
}

/** The body, or undefined once it passes `maxBytes` (reading stops there). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (response.body === null) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function decode(bytes: Uint8Array, contentType: string): string {
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(contentType)?.[1];
  try {
    return new TextDecoder(charset ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/** A short human cause from a fetch rejection (undici puts the system error in `cause`). */
function networkCause(error: unknown): string | undefined {
  const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  switch (code) {
    case "ECONNREFUSED":
      return "connection refused";
    case "ECONNRESET":
    case "UND_ERR_SOCKET":
      return "the connection was cut";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "the site's name could not be looked up";
    case "ETIMEDOUT":
    case "UND_ERR_CONNECT_TIMEOUT":
      return "the connection timed out";
    case "CERT_HAS_EXPIRED":
    case "UNABLE_TO_VERIFY_LEAF_SIGNATURE":
    case "DEPTH_ZERO_SELF_SIGNED_CERT":
      return "the site's certificate was not trusted";
    default:
      return typeof code === "string" ? code : undefined;
  }
}
