// Text from crawled pages, PDF viewers and pasted letters arrives with typographic and markup
// noise. The parsers read one normal form: plain ASCII punctuation, one space between words,
// lines kept (the address block and letter tables need them). `flattenText` then joins the
// lines into one string for reading sentences that a hard line break may have cut in two.

const INVISIBLE = /[\uFEFF\u200B-\u200D\u2060\u00AD]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
// Bullet glyphs wherever they are: a PDF viewer often puts them mid-line.
const BULLET_GLYPHS = /[\u2022\u00B7\u25AA\u25AB\u25E6\u25CF\u25A0\u25A1\u25B8\u25BA\u2023\u2043\u2219\uF0B7]/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what we remove
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
// Markdown-style artefacts of text copied from a rendered letter: [link text](#), **bold**.
const MARKDOWN_LINK = /\[([^[\]\n]{1,200})\]\([^()\s]{0,500}\)/g;
const EMPHASIS = /\*\*|__/g;
// A list marker at the start of a line: "- ", "* ", "+ ", "o " (Word's hollow bullet).
const LINE_BULLET = /^(?:[-*+]|o(?= [A-Z]))\s+/;

/** Plain-ASCII punctuation, single spaces, trimmed lines, at most one blank line in a row. */
export function normaliseText(raw: string): string {
  const text = raw
    .replace(/\r\n?/g, "\n")
    .replace(INVISIBLE, "")
    .replace(ODD_SPACES, " ")
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, "-")
    .replace(/\uFF05/g, "%")
    .replace(BULLET_GLYPHS, " ")
    .replace(CONTROL, " ")
    .replace(MARKDOWN_LINK, "$1")
    .replace(EMPHASIS, "");
  const lines = text.split("\n").map((line) => line.replace(/ {2,}/g, " ").trim().replace(LINE_BULLET, ""));
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The lines of normalised text that hold something. */
export function textLines(normalised: string): string[] {
  return normalised.split("\n").filter((line) => line.length > 0);
}

/**
 * One line of text for sentence matching: hard line breaks become spaces, a word hyphenated
 * across a line break is joined, and sentences or words a crawl ran together get their space
 * back ("residents.The average" → "residents. The average", "decisionsStatistics" →
 * "decisions Statistics"). "73 %" and "73 per cent" become "73%". Decimals ("3.9") are left alone.
 */
export function flattenText(normalised: string): string {
  return normalised
    .replace(/([a-z])-\n([a-z])/g, "$1$2")
    .replace(/\s*\n\s*/g, " ")
    .replace(/([a-z0-9%)])\.(?=[A-Z])/g, "$1. ")
    .replace(/([a-z%)])\.(?=\d)/g, "$1. ")
    .replace(/([a-z])(?=[A-Z][a-z])/g, "$1 ")
    .replace(/(\d) *(?:%|per ?cent\b)/gi, "$1%")
    .replace(/%(?=[A-Za-z])/g, "% ")
    .replace(/ {2,}/g, " ")
    .trim();
}
