// The text a reader sees on an HTML page, for the statistics-page parser. It runs in Node and
// in the task pane alike, so it reads the markup itself (no DOM): one linear scan over tags,
// skipping scripts, styles, the head and hidden elements; block elements end a line, inline
// ones do not (so "decisions</a>Statistics" runs together exactly as a crawl of the page does).

export interface VisibleDocument {
  /** Visible text, one line per block element. */
  text: string;
  /** Text of each h1–h3 heading, in document order. */
  headings: { level: number; text: string }[];
  /** The document's <title>, if any. */
  title?: string;
}

const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
  "hr", "legend", "li", "main", "nav", "ol", "option", "p", "pre", "section", "summary", "table", "tbody",
  "thead", "tfoot", "tr", "ul", "body", "html",
]);
const CELL_TAGS = new Set(["td", "th"]);
const VOID_TAGS = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
]);
// Elements whose content is never shown as text.
const SKIPPED_TAGS = new Set(["script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object", "select", "textarea", "canvas"]);
// Raw-text elements: their content is not markup, so skip straight to the closing tag.
const RAW_TEXT_TAGS = new Set(["script", "style", "textarea", "title", "xmp", "plaintext", "noscript", "iframe"]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0", rsquo: "\u2019", lsquo: "\u2018",
  rdquo: "\u201D", ldquo: "\u201C", sbquo: "\u201A", bdquo: "\u201E", ndash: "\u2013", mdash: "\u2014",
  hellip: "\u2026", pound: "\u00A3", euro: "\u20AC", copy: "\u00A9", reg: "\u00AE", trade: "\u2122",
  middot: "\u00B7", bull: "\u2022", shy: "\u00AD", zwj: "\u200D", zwnj: "\u200C", thinsp: "\u2009",
  ensp: "\u2002", emsp: "\u2003", percnt: "%", comma: ",", period: ".", colon: ":", lpar: "(", rpar: ")",
  sol: "/", num: "#", excl: "!", quest: "?", hyphen: "-", dash: "-", prime: "\u2032", deg: "\u00B0",
  frac12: "\u00BD", frac14: "\u00BC", frac34: "\u00BE", times: "\u00D7", divide: "\u00F7", minus: "\u2212",
  laquo: "\u00AB", raquo: "\u00BB", iexcl: "\u00A1", cent: "\u00A2", sect: "\u00A7", para: "\u00B6",
};

/** Decodes character references: named ones we know, and every numeric one. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,10}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (whole, body: string) => {
    if (body.startsWith("#")) {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : "\uFFFD";
    }
    return NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** True when the text is HTML markup rather than plain or pasted text. */
export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 4000);
  return /<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]/i.test(start) || (start.match(/<\/?(?:div|p|span|li|h[1-6]|section|main|a)[\s>]/gi)?.length ?? 0) >= 3;
}

const MAX_OPEN_ELEMENTS = 256;
const MAX_TAG_LENGTH = 8000;

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attributes: string;
  end: number;
}

/** Reads the tag starting at `start` (a "<"), honouring quoted attribute values. */
function readTag(html: string, start: number): Tag | undefined {
  const nameMatch = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(start, start + 80));
  if (!nameMatch) return undefined;
  let i = start + nameMatch[0].length;
  let quote: string | undefined;
  // A real tag is short; refusing long ones keeps broken markup ("<a '…") from costing n².
  const limit = Math.min(html.length, start + MAX_TAG_LENGTH);
  for (; i < limit; i++) {
    const ch = html[i];
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === ">") {
      break;
    }
  }
  if (i >= limit) return undefined;
  const attributes = html.slice(start + nameMatch[0].length, i);
  return {
    name: nameMatch[2]!.toLowerCase(),
    closing: nameMatch[1] === "/",
    selfClosing: attributes.trimEnd().endsWith("/"),
    attributes,
    end: i + 1,
  };
}

function isHidden(attributes: string): boolean {
  return (
    /(?:^|\s)hidden(?:\s|=|$|\/)/i.test(attributes) ||
    /aria-hidden\s*=\s*["']?true/i.test(attributes) ||
    /style\s*=\s*["'][^"']*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(attributes)
  );
}

function collapse(text: string): string {
  return decodeEntities(text).replace(/[ \t\r\n\f]+/g, " ");
}

/** Visible text, headings and title of an HTML document. */
export function readHtml(html: string): VisibleDocument {
  const out: string[] = [];
  const headings: { level: number; text: string }[] = [];
  let title: string | undefined;
  // Open elements, innermost last; `skip` marks an element whose content is not shown.
  const open: { name: string; skip: boolean }[] = [];
  let skipDepth = 0;
  let heading: { level: number; parts: string[] } | undefined;
  const lowerHtml = html.toLowerCase();
  let i = 0;

  const emit = (text: string) => {
    if (skipDepth > 0 || text.length === 0) return;
    out.push(text);
    heading?.parts.push(text);
  };

  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      emit(collapse(html.slice(i)));
      break;
    }
    if (lt > i) emit(collapse(html.slice(i, lt)));
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (html.startsWith("<!", lt) || html.startsWith("<?", lt)) {
      const close = html.indexOf(">", lt);
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag) {
      emit("<");
      i = lt + 1;
      continue;
    }
    i = tag.end;

    if (tag.closing) {
      const index = open.map((e) => e.name).lastIndexOf(tag.name);
      if (index >= 0) {
        for (const element of open.splice(index)) if (element.skip) skipDepth--;
      }
      if (heading && /^h[1-3]$/.test(tag.name)) {
        const text = heading.parts.join("").replace(/\s+/g, " ").trim();
        if (text) headings.push({ level: heading.level, text });
        heading = undefined;
      }
      if (BLOCK_TAGS.has(tag.name)) emit("\n");
      if (CELL_TAGS.has(tag.name)) emit("\t");
      continue;
    }

    if (RAW_TEXT_TAGS.has(tag.name) && !tag.selfClosing) {
      const closeAt = lowerHtml.indexOf(`</${tag.name}`, i);
      const content = html.slice(i, closeAt < 0 ? html.length : closeAt);
      if (tag.name === "title" && title === undefined) title = collapse(content).trim() || undefined;
      const after = closeAt < 0 ? html.length : html.indexOf(">", closeAt);
      i = after < 0 ? html.length : after + 1;
      continue;
    }

    if (BLOCK_TAGS.has(tag.name)) emit("\n");
    if (/^h[1-3]$/.test(tag.name) && skipDepth === 0) heading = { level: Number(tag.name[1]), parts: [] };
    if (VOID_TAGS.has(tag.name) || tag.selfClosing) continue;
    const skip = SKIPPED_TAGS.has(tag.name) || isHidden(tag.attributes);
    if (skip) skipDepth++;
    open.push({ name: tag.name, skip });
    // Unclosed elements pile up in broken markup; forget the oldest so every tag costs little.
    if (open.length > MAX_OPEN_ELEMENTS && open.shift()?.skip) skipDepth--;
  }

  const text = out
    .join("")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
  return { text, headings, ...(title !== undefined ? { title } : {}) };
}

/** The text a reader sees on an HTML page, one line per block element. */
export function visibleText(html: string): string {
  return readHtml(html).text;
}
