// A small scan of an OOXML part's elements: names, attributes and depth, with no DOM (the parts
// checked can be large and the check must stay cheap). Enough to tell which elements a part
// holds; not a validating parser.

export interface ScannedElement {
  /** The name as written, with its prefix: "x14:sparklineGroups". */
  name: string;
  /** The name without its prefix: "sparklineGroups". */
  local: string;
  /** 0 for the root element. */
  depth: number;
  attributes: Readonly<Record<string, string>>;
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function readAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(ATTRIBUTE)) attributes[match[1]!] = unescapeXml(match[2] ?? match[3] ?? "");
  return attributes;
}

/** Every element start in document order (comments, CDATA and processing instructions skipped). */
export function* scanElements(xml: string): Generator<ScannedElement> {
  const text = xml.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g, "");
  let depth = 0;
  for (const match of text.matchAll(TAG)) {
    const [, closing, name, attributes, selfClosing] = match;
    if (closing) {
      depth--;
      continue;
    }
    const colon = name!.indexOf(":");
    yield { name: name!, local: colon < 0 ? name! : name!.slice(colon + 1), depth, attributes: readAttributes(attributes!) };
    if (!selfClosing) depth++;
  }
}

/** The text inside every element with this local name ("f" finds <f> and <xm:f>). */
export function elementTexts(xml: string, local: string): string[] {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${local}\\b[^>]*>([^<]*)</(?:[\\w.-]+:)?${local}>`, "g");
  return [...xml.matchAll(pattern)].map((match) => unescapeXml(match[1]!));
}
