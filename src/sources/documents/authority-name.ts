// The council's name as a document gives it: from the "Adjusted for X's population" sentence,
// a page heading or a letter's address block. The name is kept as LGSCO wrote it (the caller
// matches it to the register); only crawl noise is undone: odd capitals ("City Of York
// Council"), shouting ("LEEDS CITY COUNCIL"), stray spaces and a trailing possessive.

const SMALL_WORDS = new Set(["of", "and", "upon", "on", "the", "in", "under", "by", "with", "le", "en", "at"]);
// Words every council name shares: a name made only of these ("County Council") is a fragment.
const GENERIC_WORDS = new Set(["city", "county", "district", "borough", "metropolitan", "council", "royal", "corporation", "authority", "unitary", "the", "of", "and", "&"]);
// Lines of a postal address that contain "Council" but are not the council's name.
const ADDRESS_LINE = /\b(?:house|hall|centre|center|offices?|square|street|road|way|lane|avenue|box|building|floor|chambers)\b/i;
const ROLE_OR_GREETING =
  /^(?:chief executive|leader|director|managing|head|interim|acting|deputy|mr|mrs|ms|miss|dr|cllr|councillor|dear|your|to|from|re|cc)\b/i;

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** Undoes crawl noise in a name; undefined when the text cannot be a council's name. */
export function tidyAuthorityName(raw: string): string | undefined {
  let name = raw
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*'\s*s?$/i, "")
    .replace(/^the\s+(?=(?:london|royal) borough\b|council of\b)/i, "")
    .replace(/[.,;:]+$/, "");
  if (!/[a-z]/.test(name)) name = name.replace(/[A-Za-z]+/g, titleCase);
  name = name.replace(/(^|[\s-])([A-Za-z]+)/g, (whole, before: string, word: string) =>
    before !== "" && SMALL_WORDS.has(word.toLowerCase()) ? before + word.toLowerCase() : whole,
  );
  const words = name.split(" ");
  const valid =
    name.length >= 3 &&
    name.length <= 100 &&
    words.length <= 12 &&
    /^[A-Z][A-Za-z&'. -]*[A-Za-z]$/.test(name) &&
    // A name is capitalised words joined by small ones: "Kingston upon Hull City Council".
    words.every((word) => /^[A-Z]/.test(word) || SMALL_WORDS.has(word) || word === "&") &&
    !SMALL_WORDS.has(words[words.length - 1]!.toLowerCase()) &&
    !/\b(?:we|our|us|complaints?|statistics|investigat\w*|upheld|ombudsman|population|residents)\b/i.test(name);
  return valid ? name : undefined;
}

/** True when a line (a heading, an address line) names a council rather than a role or topic. */
export function looksLikeAuthorityName(line: string): boolean {
  const name = tidyAuthorityName(line);
  if (!name || ROLE_OR_GREETING.test(name) || ADDRESS_LINE.test(name)) return false;
  if (name.split(" ").every((word) => GENERIC_WORDS.has(word.toLowerCase()))) return false;
  if (/\bthe (?:council|authority)\b/i.test(name)) return false;
  return /\b(?:council|borough|corporation|authority)\b/i.test(name) || /^(?:city|county) of\b/i.test(name);
}

const POPULATION_SENTENCE = /adjusted for\s+(?:the\s+)?(.{2,120}?)(?:\s*'\s*s|')?\s+population\b/gi;

/** The name in "Adjusted for Devon County Council's population, this is …", if present. */
export function authorityFromPopulationSentence(flat: string): string | undefined {
  for (const match of flat.matchAll(POPULATION_SENTENCE)) {
    const name = tidyAuthorityName(match[1]!);
    if (name) return name;
  }
  return undefined;
}
