// Parses XML into a small element tree that remembers the line of each element, so every
// manifest fault can name where it is. saxes does the XML (well-formedness, namespaces).
import { SaxesParser } from "saxes";

export interface XmlAttribute {
  /** Qualified name as written, e.g. "xsi:type". */
  name: string;
  /** Local name without prefix, e.g. "type". */
  local: string;
  prefix: string;
  value: string;
}

export interface XmlElement {
  /** Local name without prefix: manifests mix prefixes (`bt:Image`), the rules go by local name. */
  local: string;
  /** Qualified name as written, e.g. "bt:Image". */
  name: string;
  attributes: XmlAttribute[];
  children: XmlElement[];
  /** Concatenated text directly inside this element, untrimmed. */
  text: string;
  /** 1-based line of the element's start tag. */
  line: number;
  parent: XmlElement | undefined;
}

export type ParsedXml = { ok: true; root: XmlElement } | { ok: false; line: number; message: string };

export function parseXml(xml: string): ParsedXml {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: { line: number; message: string } | undefined;
  let startLine = 1;
  let lastClosed: XmlElement | undefined;

  parser.on("error", (error) => {
    // Keep the first fault only: after one, saxes's later complaints are mostly echoes of it.
    if (failure) return;
    const reason = error.message.replace(/^\d+:\d+:\s*/, "").replace(/\.$/, "");
    // saxes closes a tag left open before it complains about the close tag that skipped it.
    const unclosed = reason === "unexpected close tag" ? lastClosed : undefined;
    const open = stack[stack.length - 1];
    const context = unclosed
      ? `: <${unclosed.name}> opened on line ${unclosed.line} is not closed`
      : open
        ? ` (inside <${open.name}> opened on line ${open.line})`
        : "";
    failure = { line: parser.line, message: `${reason}${context}` };
  });
  parser.on("opentagstart", () => {
    startLine = parser.line;
  });
  parser.on("opentag", (tag) => {
    const parent = stack[stack.length - 1];
    const element: XmlElement = {
      local: tag.local,
      name: tag.name,
      attributes: Object.values(tag.attributes).map((a) => ({ name: a.name, local: a.local, prefix: a.prefix, value: a.value })),
      children: [],
      text: "",
      line: startLine,
      parent,
    };
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
  });
  parser.on("closetag", () => {
    lastClosed = stack.pop();
  });
  parser.on("text", (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  });

  parser.write(xml).close();
  if (failure) return { ok: false, ...failure };
  if (!root) return { ok: false, line: 1, message: "no root element" };
  return { ok: true, root };
}

export function attribute(element: XmlElement, local: string): string | undefined {
  return element.attributes.find((a) => a.local === local)?.value;
}

export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((child) => child.local === local);
}

/** Every element below `element`, depth first, in document order. */
export function* descendants(element: XmlElement): Generator<XmlElement> {
  for (const child of element.children) {
    yield child;
    yield* descendants(child);
  }
}
