// Why a statistics page could not be fetched, as a typed error whose message an analyst can act
// on. The client, the add-in's host (which relays the kind to the task pane as JSON) and the
// council figures service all speak these kinds, so one module words them all.

export const LGSCO_FETCH_ERROR_KINDS = [
  "invalid-slug",
  "not-found",
  "timeout",
  "network",
  "server-error",
  "rate-limited",
  "too-large",
  "not-html",
  "redirected",
  "unexpected-status",
  "cancelled",
] as const;
export type LgscoFetchErrorKind = (typeof LGSCO_FETCH_ERROR_KINDS)[number];

export function isLgscoFetchErrorKind(value: unknown): value is LgscoFetchErrorKind {
  return typeof value === "string" && (LGSCO_FETCH_ERROR_KINDS as readonly string[]).includes(value);
}

/** Failures worth another try: the next attempt may well succeed. */
export function isTransient(kind: LgscoFetchErrorKind): boolean {
  return kind === "network" || kind === "server-error";
}

/** Who failed: LGSCO's site, or the add-in's own host standing between the pane and LGSCO. */
export type FailingParty = "site" | "host";

export interface LgscoFetchErrorDetails {
  kind: LgscoFetchErrorKind;
  slug: string;
  /** The address that was requested. */
  url?: string;
  party?: FailingParty;
  /** HTTP status received, where one was. */
  status?: number;
  /** How many requests were made before giving up. */
  attempts?: number;
  timeoutMs?: number;
  maxBodyBytes?: number;
  contentType?: string;
  /** Host a refused redirect pointed at. */
  redirectHost?: string;
  /** A short technical cause, e.g. "connection refused". */
  cause?: string;
  /** Other page names worth trying after a 404 (from the register). */
  alternatives?: readonly string[];
  /** How long the site asked us to wait before asking again (its Retry-After), in milliseconds. */
  retryAfterMs?: number;
}

export class LgscoFetchError extends Error {
  override readonly name = "LgscoFetchError";
  readonly kind: LgscoFetchErrorKind;
  readonly slug: string;
  readonly details: LgscoFetchErrorDetails;

  constructor(details: LgscoFetchErrorDetails) {
    super(describeFetchFailure(details));
    this.kind = details.kind;
    this.slug = details.slug;
    this.details = details;
  }

  get status(): number | undefined {
    return this.details.status;
  }
  get attempts(): number {
    return this.details.attempts ?? 1;
  }

  /** The same failure after `attempts` requests in all. */
  withAttempts(attempts: number): LgscoFetchError {
    return new LgscoFetchError({ ...this.details, attempts });
  }
}

/** Plain-English wording of a failure: what happened, in the analyst's terms. */
export function describeFetchFailure(d: LgscoFetchErrorDetails): string {
  const site = d.party === "host" ? "The add-in's host" : "LGSCO's site";
  const tries = d.attempts !== undefined && d.attempts > 1 ? `, after ${d.attempts} tries` : "";
  switch (d.kind) {
    case "invalid-slug":
      return `"${d.slug}" is not an LGSCO page name: it must be 1 to 100 letters, digits and hyphens.`;
    case "not-found": {
      const others = d.alternatives?.filter((a) => a !== d.slug) ?? [];
      const advice =
        others.length > 0
          ? ` Other page names to try: ${others.join(", ")}.`
          : " The page name in the register may be a guess; check the council's page on lgo.org.uk.";
      return `LGSCO has no statistics page named "${d.slug}" (the address answered "not found").${advice}`;
    }
    case "timeout":
      return `${site} did not answer within ${seconds(d.timeoutMs ?? 10_000)}${tries}.`;
    case "network":
      return d.party === "host"
        ? `Could not connect to the add-in's host${d.cause ? ` (${d.cause})` : ""}${tries}.`
        : `Could not connect to LGSCO's site${d.cause ? ` (${d.cause})` : ""}${tries}.`;
    case "server-error":
      return `${site} had a fault (HTTP ${d.status ?? "5xx"}) and did not send the page${tries}${retryAfter(d)}.`;
    case "rate-limited":
      return "Too many requests for LGSCO pages from this computer in a short time; wait a minute and try again.";
    case "too-large":
      return `LGSCO's site sent more than ${megabytes(d.maxBodyBytes ?? 2 * 1024 * 1024)} for one statistics page, which no statistics page needs; it was not read.`;
    case "not-html":
      return `LGSCO's site answered with ${d.contentType ? `"${d.contentType}"` : "something"} rather than a web page.`;
    case "redirected":
      return `LGSCO's site sent the request on to another address${d.redirectHost ? ` (${d.redirectHost})` : ""}, which the add-in does not follow.`;
    case "unexpected-status":
      return `${site} answered with HTTP ${d.status ?? "?"} instead of the page${retryAfter(d)}.`;
    case "cancelled":
      return "The request for LGSCO's page was cancelled.";
  }
}

/** "; it asked to be tried again in 2 minutes" when the site said when to come back. */
function retryAfter(d: LgscoFetchErrorDetails): string {
  if (d.retryAfterMs === undefined) return "";
  const whole = Math.ceil(d.retryAfterMs / 1000);
  const wait = whole >= 120 ? `${Math.round(whole / 60)} minutes` : seconds(whole * 1000);
  return `; it asked to be tried again in ${wait}`;
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} second${s === 1 ? "" : "s"}`;
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
