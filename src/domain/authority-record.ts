// One row of the register's source table (data/authorities.csv) read into an Authority. The
// table's `notes` column carries the reorganisations ("abolished; successor(s): E06000058 …",
// "replaced: E06000028 … (to 2019-03-31)"), other codes and names, and slugs worth trying when
// LGSCO writes "&" differently: they are parsed here, once.
import { isAuthorityType, type Authority } from "./types";

/** The columns of data/authorities.csv, as text. */
export interface AuthorityRecord {
  gss_code: string;
  name: string;
  short_name: string;
  lgsco_type: string;
  lgsco_slug: string;
  slug_confirmed_by: string;
  guessed_slug: string;
  valid_from: string;
  valid_to: string;
  notes: string;
}

export interface AuthorityNotes {
  predecessors: string[];
  successors: string[];
  alternativeSlugs: string[];
  otherCodes: string[];
  otherNames: string[];
}

/** A row the register cannot use; the message names the column and value. */
export class AuthorityRecordError extends Error {
  override readonly name = "AuthorityRecordError";
}

const GSS_CODE = /\b[EWSN]\d{8}\b/g;
const GSS_CODE_ONLY = /^[EWSN]\d{8}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function codesIn(text: string): string[] {
  return [...text.matchAll(GSS_CODE)].map((match) => match[0]);
}

function addOnce(list: string[], value: string): void {
  if (value && !list.includes(value)) list.push(value);
}

/** Reads the `notes` column: parts are separated by " | ". Unrecognised parts are left alone. */
export function parseAuthorityNotes(notes: string, shortName = ""): AuthorityNotes {
  const parsed: AuthorityNotes = { predecessors: [], successors: [], alternativeSlugs: [], otherCodes: [], otherNames: [] };
  for (const part of notes.split("|").map((text) => text.trim())) {
    const successors = /successor\(s\):(.*)$/i.exec(part);
    if (successors) for (const code of codesIn(successors[1]!)) addOnce(parsed.successors, code);

    const replaced = /^replaced:(.*)$/i.exec(part);
    if (replaced) for (const code of codesIn(replaced[1]!)) addOnce(parsed.predecessors, code);

    const altSlug = /^alt guess[^:]*:(.*)$/i.exec(part);
    if (altSlug) {
      for (const slug of altSlug[1]!.split(/[\s,;]+/)) if (SLUG.test(slug)) addOnce(parsed.alternativeSlugs, slug);
    }

    if (/^(code alias|earlier ONS code)/i.test(part)) for (const code of codesIn(part)) addOnce(parsed.otherCodes, code);

    const renamed = /^renamed from (.+?) \d{4}-\d{2}-\d{2}/i.exec(part);
    if (renamed) addOnce(parsed.otherNames, renamed[1]!.trim());

    const lgscoName = /^LGSCO name seen: (.+?)(?: \(.*\))?$/i.exec(part) ?? /^LGSCO page title reads (.+)$/i.exec(part);
    if (lgscoName) addOnce(parsed.otherNames, lgscoName[1]!.trim());

    const onsName = /^ONS name: (.+)$/i.exec(part);
    if (onsName && onsName[1]!.trim() !== shortName) addOnce(parsed.otherNames, onsName[1]!.trim());
  }
  return parsed;
}

/** A register row as an Authority; throws AuthorityRecordError on a row the register cannot trust. */
export function authorityFromRecord(record: AuthorityRecord): Authority {
  const gss = record.gss_code.trim();
  const name = record.name.trim();
  const shortName = record.short_name.trim();
  const type = record.lgsco_type.trim();
  const where = `${gss || "(no code)"} ${name}`;
  if (!GSS_CODE_ONLY.test(gss)) throw new AuthorityRecordError(`${where}: gss_code "${gss}" is not a GSS code`);
  if (!name) throw new AuthorityRecordError(`${where}: name is empty`);
  if (!shortName) throw new AuthorityRecordError(`${where}: short_name is empty`);
  if (!isAuthorityType(type)) throw new AuthorityRecordError(`${where}: lgsco_type "${type}" is not one of LGSCO's five types`);

  const confirmedSlug = record.lgsco_slug.trim();
  const guessedSlug = record.guessed_slug.trim();
  const slug = confirmedSlug || guessedSlug;
  if (!SLUG.test(slug)) throw new AuthorityRecordError(`${where}: no usable slug (lgsco_slug "${confirmedSlug}", guessed_slug "${guessedSlug}")`);

  for (const [column, value] of [["valid_from", record.valid_from], ["valid_to", record.valid_to]] as const) {
    if (value.trim() && !ISO_DATE.test(value.trim())) throw new AuthorityRecordError(`${where}: ${column} "${value}" is not an ISO date`);
  }

  const notes = parseAuthorityNotes(record.notes, shortName);
  const alternativeSlugs = notes.alternativeSlugs.filter((alternative) => alternative !== slug);
  if (confirmedSlug && guessedSlug && guessedSlug !== confirmedSlug) addOnce(alternativeSlugs, guessedSlug);

  const authority: Authority = {
    gss,
    name,
    shortName,
    type,
    slug,
    slugConfirmed: confirmedSlug !== "",
    alternativeSlugs,
    predecessors: notes.predecessors,
    successors: notes.successors,
  };
  if (record.valid_from.trim()) authority.validFrom = record.valid_from.trim();
  if (record.valid_to.trim()) authority.validTo = record.valid_to.trim();
  if (notes.otherCodes.length > 0) authority.otherCodes = notes.otherCodes;
  const otherNames = notes.otherNames.filter((other) => other !== name && other !== shortName);
  if (otherNames.length > 0) authority.otherNames = otherNames;
  return authority;
}
