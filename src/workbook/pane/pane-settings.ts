// What the task pane keeps in the workbook's settings (Office.context.document.settings), so a
// workbook opened again remembers its council, years, live pull, host and flag thresholds, and
// the letters imported into it. Pure: reading a saved value never throws; a value that cannot be
// used falls back to its default and says so.
import { DEFAULT_FLAG_SETTINGS, resolveFlagSettings, type FlagSettings } from "../../domain/flag-settings";
import type { YearFigures } from "../../domain/types";
import { compareYears, parseYear } from "../../domain/years";
import { readYearFigures } from "../../sources/dataset/dataset-format";
import type { YearSpan } from "../plan/plan-for-councils";

/** The one key the pane uses in the document's settings. */
export const PANE_SETTINGS_KEY = "OmbudsmanScrutiny.pane";

export interface PaneSettings {
  /** GSS code of the council chosen in the picker. */
  council?: string;
  /** Years asked for, inclusive; absent means every year the sources hold. */
  years?: YearSpan;
  /** Read LGSCO's statistics page through the add-in's host (off: the embedded figures only). */
  livePull: boolean;
  /** The add-in's host that relays LGSCO's pages; "" means the host this pane was loaded from. */
  hostUrl: string;
  flagSettings: FlagSettings;
  /** Letters (or pasted pages) the analyst imported into this workbook, one per council and year. */
  letters: YearFigures[];
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

/**
 * The host address as kept: "" for the pane's own host, else an https address (http only on this
 * machine, for development) without a trailing slash, query or fragment.
 */
export function checkHostUrl(text: string): string {
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
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

/**
 * The base address the pane's LGSCO client asks: `<host>/lgsco`. With no host set, the relay of
 * the host the pane came from, beside the pane's page (a host may serve the add-in under a path);
 * "/lgsco" when that is the site's root, which is where the shared figures store reads cached pages.
 */
export function relayBaseUrl(hostUrl: string, pageUrl: string): string {
  if (hostUrl !== "") return `${hostUrl}/lgsco`;
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

/** The settings kept under PANE_SETTINGS_KEY, with a sentence for each saved value that had to be dropped. */
export function readPaneSettings(raw: unknown): { settings: PaneSettings; problems: string[] } {
  const settings: PaneSettings = { ...DEFAULT_PANE_SETTINGS, letters: [] };
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
  if (raw.livePull !== undefined) {
    if (typeof raw.livePull === "boolean") settings.livePull = raw.livePull;
    else problems.push("The saved live pull setting could not be read; the live pull is off.");
  }
  if (raw.hostUrl !== undefined) {
    try {
      if (typeof raw.hostUrl !== "string") throw new HostUrlError("not text");
      settings.hostUrl = checkHostUrl(raw.hostUrl);
    } catch {
      problems.push("The saved add-in host address could not be used; the pane's own host is used.");
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
  return { settings, problems };
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
    livePull: settings.livePull,
    hostUrl: settings.hostUrl,
    flagSettings: { ...settings.flagSettings },
    letters: settings.letters.map(keptLetter),
  };
  if (settings.council !== undefined) value.council = settings.council;
  if (settings.years !== undefined) value.years = { ...settings.years };
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

/** The letters with `letter` added, replacing any kept for the same council and year. */
export function withLetter(letters: readonly YearFigures[], letter: YearFigures): YearFigures[] {
  return [...letters.filter((kept) => !(kept.gss === letter.gss && kept.year === letter.year)), keptLetter(letter)];
}
