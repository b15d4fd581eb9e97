// The names a council's LGSCO statistics page may be under (`…/your-councils-performance/<name>/statistics`).
// Most of the register's names are guesses, so on a 404 the live pull tries the candidates below,
// in the order written here, and the caller remembers the one that answered. LGSCO's own links
// are not always lower case (`North-Northamptonshire-Council`), so a name may carry capitals.
import type { Authority, AuthorityType } from "../../domain/types";

/** A page name as the relay and the client accept it: letters, digits and hyphens only. */
export const LGSCO_PAGE_NAME_PATTERN = /^[A-Za-z0-9-]{1,100}$/;

/** How many names one live pull tries at most: each miss is a request to LGSCO (the relay remembers misses). */
export const MAX_PAGE_NAME_CANDIDATES = 12;

export function isLgscoPageName(text: string): boolean {
  return LGSCO_PAGE_NAME_PATTERN.test(text);
}

/** A page name the analyst gave that cannot be LGSCO's, said with what was given. */
export class PageNameError extends Error {
  override readonly name = "PageNameError";
}

const STATISTICS_ADDRESS = /your-councils-performance\/([^/?#\s]+)(?:\/statistics)?\/?(?:[?#].*)?$/i;

/**
 * The page name from what the analyst typed: the name itself, or LGSCO's address of the page
 * (copied from the browser). Throws PageNameError naming what was wrong.
 */
export function checkLgscoPageName(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") throw new PageNameError("No LGSCO page name was given.");
  const name = STATISTICS_ADDRESS.exec(trimmed)?.[1] ?? trimmed;
  if (!isLgscoPageName(name)) {
    throw new PageNameError(
      `"${trimmed}" is not an LGSCO page name: give the part of the page's address between /your-councils-performance/ and /statistics ` +
        `(letters, digits and hyphens only, e.g. North-Northamptonshire-Council), or paste the whole address.`,
    );
  }
  return name;
}

/** The type's usual endings, most usual first (`<short name>-<ending>`). */
const TYPE_ENDINGS: Record<AuthorityType, readonly string[]> = {
  "County Council": ["county-council", "council"],
  "District Council": ["district-council", "borough-council", "city-council", "council"],
  "Metropolitan Borough": ["metropolitan-borough-council", "city-council", "council", "borough-council"],
  "Unitary Council": ["council", "borough-council", "city-council", "county-council"],
  "London Borough": ["council"],
};

/** London boroughs are named by a prefix on LGSCO's site: "london-borough-of-harrow". */
const LONDON_PREFIXES = ["london-borough-of", "royal-borough-of"];

/** "Brighton & Hove City Council" → "brighton-hove-city-council"; the ampersand's forms are the caller's. */
export function slugOf(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The forms "&" takes in a page name: dropped (as LGSCO writes Brighton & Hove) and spelt "and". */
function slugsOf(name: string): string[] {
  return [slugOf(name), slugOf(name.replace(/&/g, " and ")), slugOf(name.replace(/\band\b/gi, " "))];
}

/** "north-northamptonshire-council" → "North-Northamptonshire-Council", as some of LGSCO's links read. */
export function capitalisedPageName(name: string): string {
  return name
    .split("-")
    .map((word) => (word === "" ? word : word[0]!.toUpperCase() + word.slice(1)))
    .join("-");
}

export interface CandidateOptions {
  /** A name set by the analyst or remembered from an earlier pull: tried first. */
  known?: string;
}

/**
 * The names to try for `authority`'s statistics page, in this order, each once:
 *  1. the known name (the analyst's, or the one that answered last time);
 *  2. the register's name: confirmed where it is, else its guess, then the register's other guesses;
 *  3. the official name ("Hull City Council" → hull-city-council, "&" dropped, then spelt "and");
 *  4. the short name with the type's usual endings (kingston-upon-hull-council …) and, for a
 *     London borough, "london-borough-of-…" and "royal-borough-of-…";
 *  5. the other names the register knows (LGSCO's spelling seen, a former name);
 *  6. the official name and the short name's first form with capitals (North-Northamptonshire-Council).
 * At most MAX_PAGE_NAME_CANDIDATES, so a council LGSCO lists under none of them costs a bounded number of requests.
 */
export function pageNameCandidates(authority: Authority, options: CandidateOptions = {}): string[] {
  const shortName = slugOf(authority.shortName);
  const shortForms =
    authority.type === "London Borough"
      ? [...LONDON_PREFIXES.map((prefix) => `${prefix}-${shortName}`), ...TYPE_ENDINGS[authority.type].map((ending) => `${shortName}-${ending}`)]
      : TYPE_ENDINGS[authority.type].map((ending) => `${shortName}-${ending}`);
  const official = slugsOf(authority.name);
  const lowerCase = distinctNames([
    ...(options.known === undefined ? [] : [options.known]),
    authority.slug,
    ...authority.alternativeSlugs,
    ...official,
    ...shortForms,
    ...(authority.otherNames ?? []).flatMap(slugsOf),
  ]).slice(0, MAX_PAGE_NAME_CANDIDATES - 2);
  // The capitalised forms come last but always within the limit.
  return distinctNames([...lowerCase, capitalisedPageName(official[0]!), capitalisedPageName(shortForms[0]!)]);
}

function distinctNames(names: readonly string[]): string[] {
  return names.filter((name, index) => isLgscoPageName(name) && names.indexOf(name) === index);
}

/** The part of a key-value storage the memory needs (localStorage and the CLI's FileStorage fit). */
export interface PageNameStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const REMEMBERED_PREFIX = "ombudsman-scrutiny:lgsco-page-name:";

/**
 * The page name that last answered for each council (by GSS code), kept in a storage so the next
 * pull asks for it first. A storage that fails only makes the memory forget.
 */
export class RememberedPageNames {
  constructor(private readonly storage: PageNameStorage) {}

  get(gss: string): string | undefined {
    try {
      const name = this.storage.getItem(REMEMBERED_PREFIX + gss);
      return name !== null && isLgscoPageName(name) ? name : undefined;
    } catch {
      return undefined;
    }
  }

  remember(gss: string, name: string): void {
    if (!isLgscoPageName(name) || this.get(gss) === name) return;
    try {
      this.storage.setItem(REMEMBERED_PREFIX + gss, name);
    } catch {
      // Not remembering costs only a search next time.
    }
  }
}
