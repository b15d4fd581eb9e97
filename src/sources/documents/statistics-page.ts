// A council's statistics page on lgo.org.uk (`/your-councils-performance/<slug>/statistics`),
// as HTML or as its visible text, in the 2022-23, 2023-24 and 2024-25 layouts of docs/design.md §2.
// Figures come only from the statistics sentences; the authority from the "Adjusted for X's
// population" sentence or the page heading; the year from the period sentences.
import { authorityFromPopulationSentence, looksLikeAuthorityName, tidyAuthorityName } from "./authority-name";
import { flattenText, normaliseText, textLines } from "./normalise-text";
import { DocumentParseError } from "./parse-error";
import { assembleYearFigures, documentSource, type ParseOptions, type ParsedYearFigures } from "./parsed-figures";
import { readStatisticsSentences } from "./statistics-sentences";
import { looksLikeHtml, readHtml, type VisibleDocument } from "./visible-text";

// The first line that belongs to the statistics: the council's heading is above it.
const FIRST_STATISTICS_LINE =
  /^annual statistics\b|^complaint overview\b|of complaints we investigated|we dealt with \S+ complaints|of cases we were satisfied|of upheld cases we found/i;

function headingAuthority(lines: string[]): string | undefined {
  const first = lines.findIndex((line) => FIRST_STATISTICS_LINE.test(line));
  const before = first < 0 ? [] : lines.slice(0, first);
  for (let i = before.length - 1; i >= 0; i--) {
    if (looksLikeAuthorityName(before[i]!)) return tidyAuthorityName(before[i]!);
  }
  return undefined;
}

function htmlAuthority(html: VisibleDocument): string | undefined {
  for (const heading of html.headings) if (looksLikeAuthorityName(heading.text)) return tidyAuthorityName(heading.text);
  for (const part of html.title?.split(/\s+[-|:\u2013\u2014]\s+/) ?? []) if (looksLikeAuthorityName(part)) return tidyAuthorityName(part);
  return undefined;
}

function pageAuthority(flat: string, lines: string[], html: VisibleDocument | undefined): string {
  const name = authorityFromPopulationSentence(flat) ?? (html && htmlAuthority(html)) ?? headingAuthority(lines);
  if (!name) {
    throw new DocumentParseError(
      "missing-authority",
      "authority name",
      `no authority name found: neither a page heading naming a council nor an "Adjusted for X's population" sentence`,
    );
  }
  return name;
}

/**
 * Parses a statistics page (HTML or visible text) into one `YearFigures` per year it holds,
 * oldest first (a page fetched from LGSCO holds one). Throws `DocumentParseError`.
 */
export function parseStatisticsPage(input: string, options: ParseOptions = {}): ParsedYearFigures[] {
  const html = looksLikeHtml(input) ? readHtml(input) : undefined;
  const normalised = normaliseText(html ? html.text : input);
  if (normalised.length === 0) throw new DocumentParseError("empty-document", "document", "the page is empty");
  const flat = flattenText(normalised);
  const years = readStatisticsSentences(flat);
  if (years.length === 0) {
    throw new DocumentParseError(
      "unknown-layout",
      "statistics sentences",
      "unknown layout: no LGSCO statistics sentences found (e.g. \"N% of complaints we investigated were upheld\")",
    );
  }
  const authority = pageAuthority(flat, textLines(normalised), html);
  const source = documentSource("statistics-page", html?.title ? { title: html.title } : {}, options);
  return years.map((figures) => assembleYearFigures(authority, figures.year, figures, source, figures.notes));
}
