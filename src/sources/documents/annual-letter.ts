// LGSCO's annual review letter to a council, as text (pasted, or from `pdfText`). Three layouts:
// 2019-20 to 2021-22 (the key-statistics blocks, see shared/fixtures/letters/harrow-2019-20.txt),
// 2022-23 on (the same blocks with per-100k figures), and letters up to 2018-19 with the
// "Complaints and enquiries received" and "Decisions made" tables. The authority comes from
// the address block, the year from "year ending 31 March YYYY" or the period sentences.
import { yearEnding } from "../../domain/years";
import { authorityFromPopulationSentence, looksLikeAuthorityName, tidyAuthorityName } from "./authority-name";
import { readLetterTables, type LetterTables } from "./letter-tables";
import { flattenText, normaliseText, textLines } from "./normalise-text";
import { DocumentParseError } from "./parse-error";
import { assembleYearFigures, documentSource, type ParseOptions, type ParsedYearFigures } from "./parsed-figures";
import { readStatisticsSentences, type SentenceFigures } from "./statistics-sentences";

const SALUTATION = /^dear\b/i;
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const DATE_LINE = new RegExp(String.raw`^\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS}),? \d{4}$`, "i");
const LETTER_HEADING = /^annual review letter\b.{0,20}$/i;
// The letter's own statement of its year: "…about your authority for the year ending 31 March 2020".
const YEAR_ENDING = /\b(?:for|in|during) the (?:statistical |financial )?year ending 31(?:st)? March,? (\d{4})(?!\d)/i;

/**
 * The council the letter is addressed to: in the address block above "Dear …", the line nearest
 * the salutation that names a council (street lines such as "Council House" are not names).
 */
function addressBlockAuthority(lines: string[]): string | undefined {
  const salutation = lines.findIndex((line) => SALUTATION.test(line));
  const addressBlock = lines.slice(0, salutation < 0 ? Math.min(lines.length, 20) : salutation);
  for (const line of addressBlock.reverse()) {
    // "Chief Executive, Sheffield City Council": try each comma-separated part.
    for (const part of [line, ...line.split(/\s*,\s*/)]) {
      if (looksLikeAuthorityName(part)) return tidyAuthorityName(part);
    }
  }
  return undefined;
}

function letterYear(flat: string): string | undefined {
  // The letter's own year is stated first ("…about your authority for the year ending 31 March 2020").
  const match = YEAR_ENDING.exec(flat);
  if (!match) return undefined;
  const ending = Number(match[1]);
  return ending >= 1990 && ending <= 2100 ? yearEnding(ending) : undefined;
}

function letterTitle(lines: string[], authority: string): string | undefined {
  const heading = lines.find((line) => LETTER_HEADING.test(line));
  if (!heading) return undefined;
  const date = lines.find((line) => DATE_LINE.test(line));
  return `${heading} to ${authority}${date ? ` dated ${date}` : ""}`;
}

/**
 * Parses an annual review letter into one `YearFigures` per year it holds, oldest first (a
 * letter holds one). Text pasted from a PDF viewer parses the same. Throws `DocumentParseError`.
 */
export function parseAnnualLetter(text: string, options: ParseOptions = {}): ParsedYearFigures[] {
  const normalised = normaliseText(text);
  if (normalised.length === 0) throw new DocumentParseError("empty-document", "document", "the letter is empty");
  const lines = textLines(normalised);
  const flat = flattenText(normalised);
  const year = letterYear(flat);
  const sentences = readStatisticsSentences(flat, year ? { fallbackYear: year } : {});
  const tables = readLetterTables(lines);
  if (sentences.length === 0 && !tables) {
    throw new DocumentParseError(
      "unknown-layout",
      "statistics",
      "unknown letter layout: no statistics sentences and no \"Complaints and enquiries received\" or \"Decisions made\" table found",
    );
  }

  const byYear = new Map<string, SentenceFigures & LetterTables>(sentences.map((figures) => [figures.year, figures]));
  if (tables) {
    if (!year) {
      throw new DocumentParseError(
        "missing-period",
        "year ending",
        "letter tables found but no \"year ending 31 March YYYY\" says which year they cover",
      );
    }
    const entry = byYear.get(year) ?? { year, notes: [] };
    byYear.set(year, { ...entry, ...tables });
  }

  const authority = addressBlockAuthority(lines) ?? authorityFromPopulationSentence(flat);
  if (!authority) {
    throw new DocumentParseError("missing-authority", "address block", "no authority name found in the letter's address block");
  }
  const title = letterTitle(lines, authority);
  const source = documentSource("annual-letter", title ? { title } : {}, options);
  return [...byYear.values()]
    .sort((a, b) => a.year.localeCompare(b.year))
    .map((figures) => assembleYearFigures(authority, figures.year, figures, source, figures.notes));
}
