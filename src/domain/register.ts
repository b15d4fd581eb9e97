// The register of councils LGSCO compares: look a council up the way an analyst or a document
// names it, list councils by type and by year (peers exist per year), follow reorganisations.
// Matching is by meaning (see council-names.ts): a name either means one council, several
// (the candidates are returned), or none (with suggestions). Nothing is guessed.
import { coreCouncilName, normaliseCouncilName } from "./council-names";
import { suggestCouncils } from "./council-suggestions";
import type { Authority, AuthorityType } from "./types";
import { parseYear, yearSpan } from "./years";

export type LookupResult =
  | { kind: "found"; authority: Authority }
  | { kind: "ambiguous"; candidates: Authority[]; message: string }
  | { kind: "unknown"; message: string; suggestions: Authority[] };

export interface LookupOptions {
  /** Statistical year ("2019-20"): a name shared over time means the council of that year. */
  year?: string;
}

/** A council that could not be named exactly; `result` says whether it was ambiguous or unknown. */
export class CouncilNotFoundError extends Error {
  override readonly name = "CouncilNotFoundError";
  constructor(readonly result: Exclude<LookupResult, { kind: "found" }>) {
    super(result.message);
  }
}

/** A register that cannot be built: duplicate codes, links to councils it does not hold. */
export class RegisterError extends Error {
  override readonly name = "RegisterError";
}

const GSS_CODE = /^[EWSN]\d{8}$/i;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)+$/i;
const STATISTICS_URL = /your-councils-performance\/([a-z0-9-]+)(?:\/|$|\?)/i;

/** Whether the council existed during the statistical year (reorganisations land on 1 April). */
export function isValidIn(authority: Pick<Authority, "validFrom" | "validTo">, year: string): boolean {
  const { start, end } = yearSpan(year);
  return (authority.validFrom === undefined || authority.validFrom <= end) && (authority.validTo === undefined || authority.validTo >= start);
}

/**
 * Whether LGSCO can have figures for the council in the statistical year: it existed by the year's
 * end. Years after abolition count, since LGSCO still decides complaints about an abolished council
 * (Cumbria County Council 2023-24); a year before the council began does not.
 */
export function canHaveFiguresIn(authority: Pick<Authority, "validFrom">, year: string): boolean {
  const { end } = yearSpan(year);
  return authority.validFrom === undefined || authority.validFrom <= end;
}

/** When the council existed: "from 2019-04-01", "to 2019-03-31", both, or "" for throughout. */
export function existenceSpan(authority: Pick<Authority, "validFrom" | "validTo">): string {
  return [authority.validFrom && `from ${authority.validFrom}`, authority.validTo && `to ${authority.validTo}`].filter(Boolean).join(", ");
}

/** "Dorset Council (from 2019-04-01)", "Dorset County Council (to 2019-03-31)". */
export function describeAuthority(authority: Authority): string {
  const span = existenceSpan(authority);
  return span ? `${authority.name} (${span})` : authority.name;
}

function addTo<K>(index: Map<K, Authority[]>, key: K, authority: Authority): void {
  const list = index.get(key);
  if (!list) index.set(key, [authority]);
  else if (!list.includes(authority)) list.push(authority);
}

export class Register {
  readonly #all: readonly Authority[];
  readonly #byCode = new Map<string, Authority>();
  readonly #byOtherCode = new Map<string, Authority[]>();
  readonly #bySlug = new Map<string, Authority[]>();
  /** Full names, short names and other names, normalised. */
  readonly #byName = new Map<string, Authority[]>();
  /** The place each name is about (see coreCouncilName). */
  readonly #byCore = new Map<string, Authority[]>();

  constructor(authorities: readonly Authority[]) {
    this.#all = [...authorities];
    for (const authority of authorities) {
      if (this.#byCode.has(authority.gss)) throw new RegisterError(`Two councils have the code ${authority.gss}`);
      this.#byCode.set(authority.gss, authority);
    }
    for (const authority of authorities) {
      for (const code of [...authority.predecessors, ...authority.successors]) {
        if (!this.#byCode.has(code)) throw new RegisterError(`${authority.name} (${authority.gss}) names ${code}, which is not in the register`);
      }
      for (const code of authority.otherCodes ?? []) addTo(this.#byOtherCode, code, authority);
      for (const slug of [authority.slug, ...authority.alternativeSlugs]) addTo(this.#bySlug, slug.toLowerCase(), authority);
      const names = [authority.name, authority.shortName, ...(authority.otherNames ?? [])];
      for (const name of names) addTo(this.#byName, normaliseCouncilName(name), authority);
      // A short name is already a place ("County Durham", "City of London"): it is not cut further.
      addTo(this.#byCore, normaliseCouncilName(authority.shortName), authority);
      for (const name of [authority.name, ...(authority.otherNames ?? [])]) addTo(this.#byCore, coreCouncilName(name), authority);
    }
  }

  /** Every council, current and abolished, in the register's order. */
  all(): readonly Authority[] {
    return this.#all;
  }

  /** The council with this GSS code (its current code; `lookup` also knows older and newer codes). */
  get(gss: string): Authority | undefined {
    return this.#byCode.get(gss.toUpperCase());
  }

  ofType(type: AuthorityType): Authority[] {
    return this.#all.filter((authority) => authority.type === type);
  }

  /** Councils that existed during `year`, optionally of one type: the peers for that year. */
  validIn(year: string, type?: AuthorityType): Authority[] {
    return this.#all.filter((authority) => (type === undefined || authority.type === type) && isValidIn(authority, year));
  }

  /** Councils that `gss` replaced, as its own row or theirs records it. */
  predecessorsOf(gss: string): Authority[] {
    const own = this.get(gss)?.predecessors ?? [];
    const named = this.#all.filter((authority) => authority.successors.includes(gss)).map((authority) => authority.gss);
    return [...new Set([...own, ...named])].map((code) => this.#byCode.get(code)!);
  }

  /** Councils that took over from `gss`, as its own row or theirs records it. */
  successorsOf(gss: string): Authority[] {
    const own = this.get(gss)?.successors ?? [];
    const named = this.#all.filter((authority) => authority.predecessors.includes(gss)).map((authority) => authority.gss);
    return [...new Set([...own, ...named])].map((code) => this.#byCode.get(code)!);
  }

  /** Slugs to try for the council's LGSCO page, the confirmed or best guess first. */
  slugsOf(authority: Authority): string[] {
    return [authority.slug, ...authority.alternativeSlugs];
  }

  /**
   * Finds the council `query` names: a GSS code (also an older or newer code), an LGSCO slug or
   * statistics-page address, a full name, a short name, or a name LGSCO or the press uses.
   * Case, punctuation, "&"/"and" and words such as "City Council" or "London Borough of" do not
   * matter. A name shared by an abolished and a current council means the current one, unless
   * `options.year` is given: then the one that existed that year.
   */
  lookup(query: string, options: LookupOptions = {}): LookupResult {
    const text = query.trim();
    if (!text) return { kind: "unknown", message: "No council was named.", suggestions: [] };
    if (options.year !== undefined && parseYear(options.year) === undefined) {
      throw new RangeError(`Not a statistical year: "${options.year}"`);
    }

    if (GSS_CODE.test(text)) {
      const code = text.toUpperCase();
      const byCode = this.#byCode.get(code);
      if (byCode) return { kind: "found", authority: byCode };
      const byOther = this.#byOtherCode.get(code);
      if (byOther) return this.#choose(text, byOther, options);
      return { kind: "unknown", message: `No council in the register has the code ${code}.`, suggestions: [] };
    }

    const slug = STATISTICS_URL.exec(text)?.[1] ?? (SLUG.test(text) ? text : undefined);
    if (slug !== undefined) {
      const bySlug = this.#bySlug.get(slug.toLowerCase());
      if (bySlug) return this.#choose(text, bySlug, options);
    }

    const byName = this.#byName.get(normaliseCouncilName(text));
    if (byName) return this.#choose(text, byName, options);
    const byCore = this.#byCore.get(coreCouncilName(text));
    if (byCore) return this.#choose(text, byCore, options);

    const suggestions = this.suggestionsFor(text);
    const hint = suggestions.length > 0 ? ` Did you mean: ${suggestions.map((authority) => authority.name).join("; ")}?` : "";
    return { kind: "unknown", message: `No council in the register matches "${text}".${hint}`, suggestions };
  }

  /** Like `lookup`, but returns the council or throws CouncilNotFoundError with the candidates or suggestions. */
  resolve(query: string, options: LookupOptions = {}): Authority {
    const result = this.lookup(query, options);
    if (result.kind === "found") return result.authority;
    throw new CouncilNotFoundError(result);
  }

  /**
   * Councils whose names come close to `query`, best first, at most five: a name containing the
   * query's words (or contained in it), or one a few letters away. Suggestions only, never a match.
   */
  suggestionsFor(query: string): Authority[] {
    return suggestCouncils(query, this.#all);
  }

  #choose(query: string, candidates: Authority[], options: LookupOptions): LookupResult {
    if (candidates.length === 1) return { kind: "found", authority: candidates[0]! };
    const { year } = options;
    if (year !== undefined) {
      const thatYear = candidates.filter((authority) => isValidIn(authority, year));
      if (thatYear.length === 1) return { kind: "found", authority: thatYear[0]! };
      if (thatYear.length === 0) {
        return {
          kind: "unknown",
          message: `No council named "${query}" existed in ${parseYear(year)}; the register has ${candidates.map(describeAuthority).join("; ")}.`,
          suggestions: candidates,
        };
      }
      return this.#ambiguous(query, thatYear);
    }
    const current = candidates.filter((authority) => authority.validTo === undefined);
    if (current.length === 1) return { kind: "found", authority: current[0]! };
    return this.#ambiguous(query, current.length > 1 ? current : candidates);
  }

  #ambiguous(query: string, candidates: Authority[]): LookupResult {
    return {
      kind: "ambiguous",
      candidates,
      message: `"${query}" could mean ${candidates.map(describeAuthority).join("; ")}: name the council in full or give its GSS code.`,
    };
  }
}
