// What the task pane keeps in the workbook's settings (Office.context.document.settings), so a
// workbook opened again remembers its council, years, live pull, host and flag thresholds, the
// letters imported into it, each council's LGSCO page name and the analyst's own peer sets. Pure: reading a saved value never throws; a value that cannot be
// used falls back to its default and says so.
import { DEFAULT_FLAG_SETTINGS, resolveFlagSettings, type FlagSettings } from "../../domain/flag-settings";
import type { YearFigures } from "../../domain/types";
import { compareYears, parseYear } from "../../domain/years";
import { readYearFigures } from "../../sources/dataset/dataset-format";
import { isLgscoPageName } from "../../sources/live/page-names";
import { resolvePeerList } from "../../domain/peer-list";
import type { LookupResult } from "../../domain/register";
import type { YearSpan } from "../plan/plan-for-councils";

/** The one key the pane uses in the document's settings. */
export const PANE_SETTINGS_KEY = "OmbudsmanScrutiny.pane";

export interface PaneSettings {
  /** GSS code of the council chosen in the picker. */
  council?: string;
  /** Years asked for, inclusive; absent means every year the sources hold. */
  years?: YearSpan;
  /**
   * Read LGSCO's statistics page through the add-in's host (off: the held figures only). On by
   * default wherever the pane is served by the add-in's host; an analyst's "off" is kept.
   */
  livePull: boolean;
  /** "analyst" once the analyst set the live pull themselves; absent, `livePull` is the default. */
  livePullSetBy?: "analyst";
  /** The add-in's host that relays LGSCO's pages; "" means the host this pane was loaded from. */
  hostUrl: string;
  flagSettings: FlagSettings;
  /** Letters (or pasted pages) the analyst imported into this workbook, one per council and year. */
  letters: YearFigures[];
  /**
   * LGSCO page names by GSS code: set by the analyst ("LGSCO page name") or the one that answered
   * a live pull; tried first next time. The address read is `lgscoStatisticsPageUrl(name)`.
   */
  lgscoPages?: Record<string, string>;
  /**
   * The analyst's own peer sets by the GSS code of the council they are for (e.g. its CIPFA
   * nearest neighbours): GSS codes, read from the pasted list with `parsePeerList`.
   */
  peerSets?: Record<string, string[]>;
}

/** Where the pane was loaded from decides the live pull's default. */
export interface SettingsContext {
  /** The pane's page came from the add-in's host (which carries the relay): the live pull defaults to on. */
  servedByHost?: boolean;
  /** The pane's own page: a saved host address is used only when it is this page's own host. */
  pageUrl?: string;
}

/** Whether the pane at `pageUrl` was served by a web host (the dev server, `npm run serve`, a deployment), which carries the relay. */
export function servedByHost(pageUrl: string): boolean {
  try {
    const { protocol } = new URL(pageUrl);
    return protocol === "https:" || protocol === "http:";
  } catch {
    return false;
  }
}

/**
 * `next` as the analyst saved it from `previous`: a changed live pull becomes the analyst's own
 * choice, kept in the workbook, so the default never overrides an explicit "off".
 */
export function withAnalystChoices(previous: PaneSettings, next: PaneSettings): PaneSettings {
  if (next.livePull === previous.livePull || next.livePullSetBy === "analyst") return next;
  return { ...next, livePullSetBy: "analyst" };
}

export const DEFAULT_PANE_SETTINGS: Readonly<PaneSettings> = Object.freeze({
  livePull: false,
  hostUrl: "",
  flagSettings: DEFAULT_FLAG_SETTINGS,
  letters: [],
});

/** An add-in host address that cannot be used, said plainly. */
export class HostUrlError extends Error {
  override readonly name = "HostUrlError";
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The origin of an http(s) address, or undefined (an Office-bundled page, a file, not an address). */
function webOrigin(address: string): string | undefined {
  try {
    const url = new URL(address);
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether `hostUrl` is on the host the pane at `pageUrl` was served from: the live pull goes only
 * there, never to an address a workbook carries (a workbook from someone else could name any).
 */
export function isOwnHost(hostUrl: string, pageUrl: string): boolean {
  const own = webOrigin(pageUrl);
  return own !== undefined && webOrigin(hostUrl) === own;
}

/**
 * The host address as kept: "" for the pane's own host, else an https address (http only on this
 * machine, for development) without a trailing slash, query or fragment; with `pageUrl`, only an
 * address on the pane's own host.
 */
export function checkHostUrl(text: string, pageUrl?: string): string {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new HostUrlError(`"${trimmed}" is not a web address. Give the add-in host's address, such as https://addin.example.org/, or leave it empty.`);
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    throw new HostUrlError(`The add-in host must be an https address (${trimmed} is not); plain http is allowed only for this machine (localhost).`);
  }
  if (url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
    throw new HostUrlError(`Give the add-in host's address alone, without a query, fragment or user name (${trimmed}).`);
  }
  const kept = `${url.origin}${url.pathname}`.replace(/\/+$/, "");
  if (pageUrl !== undefined && !isOwnHost(kept, pageUrl)) {
    const own = webOrigin(pageUrl);
    throw new HostUrlError(
      `The live pull goes only through this add-in's own host${own ? ` (${own})` : ""}; ${kept} is another host, so it is not used. Leave the address empty.`,
    );
  }
  return kept;
}

/**
 * The base address the pane's LGSCO client asks: `<host>/lgsco`. With no host set, the relay of
 * the host the pane came from, beside the pane's page (a host may serve the add-in under a path);
 * "/lgsco" when that is the site's root, which is where the shared figures store reads cached pages.
 */
export function relayBaseUrl(hostUrl: string, pageUrl: string): string {
  if (hostUrl !== "" && isOwnHost(hostUrl, pageUrl)) return `${hostUrl}/lgsco`;
  let beside: URL;
  try {
    beside = new URL("lgsco", pageUrl);
  } catch {
    return "/lgsco";
  }
  return beside.pathname === "/lgsco" ? "/lgsco" : beside.href;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

const GSS_CODE = /^[EWSN]\d{8}$/;

/** The settings kept under PANE_SETTINGS_KEY, with a sentence for each saved value that had to be dropped. */
export function readPaneSettings(raw: unknown, context: SettingsContext = {}): { settings: PaneSettings; problems: string[] } {
  const settings: PaneSettings = { ...DEFAULT_PANE_SETTINGS, livePull: context.servedByHost === true, letters: [] };
  const problems: string[] = [];
  if (raw === null || raw === undefined) return { settings, problems };
  if (!isObject(raw)) return { settings, problems: ["The add-in's saved settings in this workbook could not be read; the defaults are used."] };

  if (raw.council !== undefined) {
    if (typeof raw.council === "string" && /^[EWSN]\d{8}$/.test(raw.council)) settings.council = raw.council;
    else problems.push("The saved council could not be read; choose your council again.");
  }
  if (raw.years !== undefined) {
    const years = readYears(raw.years);
    if (years) settings.years = years;
    else problems.push("The saved years could not be read; every year held is shown.");
  }
  // Before the live pull was on by default, every save wrote `livePull: false` whether or not the
  // analyst chose it: only a value the analyst set (livePullSetBy) overrides the default.
  if (raw.livePull !== undefined && raw.livePullSetBy === "analyst") {
    if (typeof raw.livePull === "boolean") {
      settings.livePull = raw.livePull;
      settings.livePullSetBy = "analyst";
    } else problems.push(`The saved live pull setting could not be read; the live pull is ${settings.livePull ? "on" : "off"}.`);
  } else if (raw.livePull !== undefined && typeof raw.livePull !== "boolean") {
    problems.push(`The saved live pull setting could not be read; the live pull is ${settings.livePull ? "on" : "off"}.`);
  }
  if (raw.hostUrl !== undefined) {
    try {
      if (typeof raw.hostUrl !== "string") throw new HostUrlError("not text");
      settings.hostUrl = checkHostUrl(raw.hostUrl, context.pageUrl);
    } catch (error) {
      const foreign = error instanceof HostUrlError && error.message.startsWith("The live pull goes only");
      problems.push(
        foreign
          ? `This workbook names another add-in host (${String(raw.hostUrl)}); the live pull goes only through this add-in's own host, so it is not used.`
          : "The saved add-in host address could not be used; the pane's own host is used.",
      );
    }
  }
  if (raw.flagSettings !== undefined) {
    try {
      if (!isObject(raw.flagSettings)) throw new TypeError("not an object");
      settings.flagSettings = resolveFlagSettings(raw.flagSettings as Partial<Record<keyof FlagSettings, unknown>>);
    } catch {
      problems.push("The saved flag thresholds could not be read; the defaults are used.");
    }
  }
  if (raw.letters !== undefined) {
    const letters = Array.isArray(raw.letters) ? raw.letters : [];
    let dropped = Array.isArray(raw.letters) ? 0 : 1;
    for (const [index, letter] of letters.entries()) {
      try {
        settings.letters.push(readYearFigures(letter, `letters[${index}]`));
      } catch {
        dropped++;
      }
    }
    if (dropped > 0) problems.push(`${dropped === 1 ? "An imported letter" : `${dropped} imported letters`} kept in this workbook could not be read; import ${dropped === 1 ? "it" : "them"} again.`);
  }
  if (raw.lgscoPages !== undefined) {
    const pages = readRecord(raw.lgscoPages, (value) => (typeof value === "string" && isLgscoPageName(value) ? value : undefined));
    if (Object.keys(pages.kept).length > 0) settings.lgscoPages = pages.kept;
    if (pages.dropped) problems.push("A saved LGSCO page name could not be read; give it again in Settings if the live pull cannot find the page.");
  }
  if (raw.peerSets !== undefined) {
    const isCodeList = (value: unknown): value is string[] => Array.isArray(value) && value.length > 0 && value.every((code) => typeof code === "string" && GSS_CODE.test(code));
    const sets = readRecord(raw.peerSets, (value) => (isCodeList(value) ? [...value] : undefined));
    if (Object.keys(sets.kept).length > 0) settings.peerSets = sets.kept;
    if (sets.dropped) problems.push("A saved list of peer councils could not be read; paste it again in Settings.");
  }
  return { settings, problems };
}

/** The entries of a saved GSS-keyed object that `read` accepts, and whether any was dropped. */
function readRecord<T>(value: unknown, read: (entry: unknown) => T | undefined): { kept: Record<string, T>; dropped: boolean } {
  const kept: Record<string, T> = {};
  if (!isObject(value)) return { kept, dropped: true };
  let dropped = false;
  for (const [gss, entry] of Object.entries(value)) {
    const accepted = GSS_CODE.test(gss) ? read(entry) : undefined;
    if (accepted === undefined) dropped = true;
    else kept[gss] = accepted;
  }
  return { kept, dropped };
}

function readYears(value: unknown): YearSpan | undefined {
  if (!isObject(value) || typeof value.from !== "string" || typeof value.to !== "string") return undefined;
  const from = parseYear(value.from);
  const to = parseYear(value.to);
  if (from === undefined || to === undefined || compareYears(from, to) > 0) return undefined;
  return { from, to };
}

/** The settings as kept in the document: plain JSON, only what differs from nothing. */
export function paneSettingsValue(settings: PaneSettings): Json {
  const value: Json = {
    hostUrl: settings.hostUrl,
    flagSettings: { ...settings.flagSettings },
    letters: settings.letters.map(keptLetter),
  };
  // The live pull is kept only when the analyst chose it, so a changed default reaches old workbooks.
  if (settings.livePullSetBy === "analyst") {
    value.livePull = settings.livePull;
    value.livePullSetBy = "analyst";
  }
  if (settings.council !== undefined) value.council = settings.council;
  if (settings.years !== undefined) value.years = { ...settings.years };
  if (settings.lgscoPages !== undefined && Object.keys(settings.lgscoPages).length > 0) value.lgscoPages = { ...settings.lgscoPages };
  if (settings.peerSets !== undefined && Object.keys(settings.peerSets).length > 0) {
    value.peerSets = Object.fromEntries(Object.entries(settings.peerSets).map(([gss, codes]) => [gss, [...codes]]));
  }
  return value;
}

/** A letter's figures as kept: the data model's fields only (what the parser noticed stays out). */
export function keptLetter(figures: YearFigures): YearFigures {
  const kept: YearFigures = { authority: figures.authority, year: figures.year, source: { ...figures.source } };
  for (const field of ["upheld", "upheldPer100k", "compliance", "satisfactoryRemedy", "overview", "received", "decisions", "gss", "figureSources", "notes"] as const) {
    if (figures[field] !== undefined) (kept as unknown as Json)[field] = structuredCloneJson(figures[field]);
  }
  return kept;
}

function structuredCloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The settings with `pageName` kept as `gss`'s LGSCO page name (what the live pull tries first). */
export function withLgscoPage(settings: PaneSettings, gss: string, pageName: string): PaneSettings {
  return { ...settings, lgscoPages: { ...(settings.lgscoPages ?? {}), [gss]: pageName } };
}

/**
 * The settings with `council`'s own peer set read from the pasted `text` (names, short names or
 * GSS codes; one per line or ";"-separated); blank text removes the set. Throws PeerListError
 * naming each entry the register cannot place, leaving the settings as they were.
 */
export function withPeerSet(settings: PaneSettings, council: string, text: string, register: { lookup(query: string): LookupResult }): PaneSettings {
  const { [council]: _dropped, ...others } = settings.peerSets ?? {};
  if (text.trim() === "") return { ...settings, peerSets: others };
  const peers = resolvePeerList(text, register, { gss: council });
  return { ...settings, peerSets: { ...others, [council]: peers.map((peer) => peer.gss) } };
}

/** The letters with `letter` added, replacing any kept for the same council and year. */
export function withLetter(letters: readonly YearFigures[], letter: YearFigures): YearFigures[] {
  return [...letters.filter((kept) => !(kept.gss === letter.gss && kept.year === letter.year)), keptLetter(letter)];
}
