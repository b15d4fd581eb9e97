// The one error the document parsers throw. Bad input (a garbled page, a letter in an unknown
// layout, a broken sentence, bytes that are not a document) always ends here, never in a
// partial or guessed figure. `code` says what sort of failure it was; `part` names the piece
// of the document that was missing or broken, so a caller can say it in one line.

export type ParseErrorCode =
  /** Nothing to read: no bytes, or only whitespace. */
  | "empty-document"
  /** Binary data that is neither a PDF nor text. */
  | "not-text"
  /** A PDF that could not be opened or read. */
  | "unreadable-pdf"
  /** No statistics sentences, letter tables or letter layout recognised. */
  | "unknown-layout"
  /** Statistics found, but no period sentence (or letter year) says which year they cover. */
  | "missing-period"
  /** Statistics found, but no authority name in the heading, address block or sentences. */
  | "missing-authority"
  /** A statistics sentence was found but a figure in it cannot be read. */
  | "broken-sentence"
  /** A letter table whose headings and figures do not line up. */
  | "broken-table"
  /** The same figure, or the same year, given twice with different values. */
  | "conflicting-figures";

export class DocumentParseError extends Error {
  override readonly name = "DocumentParseError";
  readonly code: ParseErrorCode;
  /** The missing or broken part of the document, e.g. "period sentence", "upheld-rate average". */
  readonly part: string;

  constructor(code: ParseErrorCode, part: string, message: string) {
    // One line: the CLI prints the first line of the message on stderr.
    super(message.replace(/\s*\n\s*/g, " "));
    this.code = code;
    this.part = part;
  }
}

export function isDocumentParseError(error: unknown): error is DocumentParseError {
  return error instanceof DocumentParseError;
}
