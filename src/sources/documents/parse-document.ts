// One entry for any published document: a statistics page (HTML or text), an annual letter
// (text or PDF), as a string or as the bytes of a file. It recognises which kind it was given
// and hands it to that parser; anything unusable ends in a `DocumentParseError`.
import { parseAnnualLetter } from "./annual-letter";
import { decodeDocumentBytes, isPdf } from "./decode-text";
import { normaliseText } from "./normalise-text";
import { DocumentParseError } from "./parse-error";
import type { ParseOptions, ParsedYearFigures } from "./parsed-figures";
import { pdfText, type PdfJsModule } from "./pdf-text";
import { parseStatisticsPage } from "./statistics-page";
import { looksLikeHtml, visibleText } from "./visible-text";

export type DocumentKind = "statistics-page" | "annual-letter";

export interface ParseDocumentOptions extends ParseOptions {
  /** pdfjs-dist to read PDFs with (the task pane passes its configured module). */
  pdfjs?: PdfJsModule;
}

// Marks of a letter: a salutation, a sign-off, or the tables of older letters. Not the words
// "Annual review letter": a statistics page lists its council's letters under that name.
const LETTER_MARKS = [/^dear\s+\S/im, /^yours (?:sincerely|faithfully)\b/im, /^complaints (?:and|&) enquiries received\b/im, /^decisions made\b/im];

/** Which kind of document the text (or HTML) is: a letter if it reads as one, else a page. */
export function documentKind(text: string): DocumentKind {
  const visible = normaliseText(looksLikeHtml(text) ? visibleText(text) : text);
  return LETTER_MARKS.some((mark) => mark.test(visible)) ? "annual-letter" : "statistics-page";
}

function parseText(text: string, options: ParseOptions): ParsedYearFigures[] {
  if (text.trim().length === 0) throw new DocumentParseError("empty-document", "document", "the document is empty");
  if (documentKind(text) === "statistics-page") return parseStatisticsPage(text, options);
  return parseAnnualLetter(looksLikeHtml(text) ? visibleText(text) : text, options);
}

/**
 * Parses a published document into one `YearFigures` per year it holds, oldest first.
 * `input` is text or HTML, or the bytes of a text, HTML or PDF file.
 */
export async function parseDocument(input: string | Uint8Array, options: ParseDocumentOptions = {}): Promise<ParsedYearFigures[]> {
  const { pdfjs, ...parseOptions } = options;
  if (typeof input === "string") return parseText(input, parseOptions);
  if (isPdf(input)) {
    const text = await pdfText(input, pdfjs);
    if (text.trim().length === 0) {
      throw new DocumentParseError("unreadable-pdf", "PDF", "the PDF holds no text (a scanned image cannot be read)");
    }
    return parseText(text, parseOptions);
  }
  return parseText(decodeDocumentBytes(input), parseOptions);
}
