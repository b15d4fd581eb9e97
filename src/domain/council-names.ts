// Councils are named many ways: LGSCO writes "Colchester City Council", the press "Walsall
// Council", ONS "Kingston upon Hull, City of", a page title "City Of York Council". Matching is by
// meaning, never by closeness of spelling: a name is reduced to the place it is about, and only an
// exact match on that counts. Spelling distance is used for suggestions, never for a match.

/** Lower case, accents and apostrophes dropped, "&" read as "and", other punctuation as spaces. */
export function normaliseCouncilName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

// Words that say what kind of council it is, not where. Longest first so "metropolitan borough
// council" goes before "borough council", which goes before "council".
const LEADING_KIND_WORDS = [
  "the ",
  "london borough of ",
  "royal borough of ",
  "metropolitan borough of ",
  "borough council of ",
  "council of the ",
  "city and county of ",
  "city of ",
  "county of ",
  "borough of ",
];
const TRAILING_KIND_WORDS = [
  " metropolitan borough council",
  " metropolitan district council",
  " city and district council",
  " borough council",
  " district council",
  " county council",
  " city council",
  " council",
  // ONS writes "Bristol, City of" and "Herefordshire, County of".
  " city of",
  " county of",
];

/**
 * The place a council's name is about: "Colchester City Council", "Colchester Borough Council"
 * and "colchester" all give "colchester"; "City of Bradford Metropolitan District Council" gives
 * "bradford". A name that is nothing but kind words is returned normalised, not emptied.
 */
export function coreCouncilName(text: string): string {
  const normalised = normaliseCouncilName(text);
  let core = normalised;
  let changed = true;
  while (changed) {
    changed = false;
    for (const prefix of LEADING_KIND_WORDS) {
      if (core.startsWith(prefix) && core.length > prefix.length) {
        core = core.slice(prefix.length);
        changed = true;
      }
    }
    for (const suffix of TRAILING_KIND_WORDS) {
      if (core.endsWith(suffix) && core.length > suffix.length) {
        core = core.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  return core || normalised;
}

/** Edit distance between two strings (insertions, deletions, substitutions), for suggestions only. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}
