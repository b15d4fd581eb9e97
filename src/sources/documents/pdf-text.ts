// Text of a PDF letter in reading order, with lines rebuilt from the positions of pdfjs's text
// items (a PDF has no lines, only glyph runs placed on a page). Works in Node and in the task
// pane: the pdfjs module is a parameter. Without one, the legacy build is loaded, which is what
// Node needs (pdfjs-dist 5 on Node 20); the task pane passes its own configured module (with
// `GlobalWorkerOptions.workerSrc` set), so no Node API is ever on the browser path.
import { DocumentParseError } from "./parse-error";

/** The part of pdfjs-dist's API this module uses (the main and legacy builds both fit). */
export interface PdfJsModule {
  getDocument(source: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    stopAtErrors?: boolean;
    verbosity?: number;
  }): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}
interface PdfDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface PdfPage {
  getTextContent(): Promise<{ items: unknown[] }>;
  cleanup(): boolean | void;
}

/** A run of text placed on the page. */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

function placedText(item: unknown): PlacedText | undefined {
  if (typeof item !== "object" || item === null) return undefined;
  const { str, transform, width, height } = item as { str?: unknown; transform?: unknown; width?: unknown; height?: unknown };
  if (typeof str !== "string" || !Array.isArray(transform) || transform.length < 6) return undefined;
  const [a, b, c, d, x, y] = transform as number[];
  const fontSize = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || (typeof height === "number" ? height : 0) || 10;
  if (![x, y, fontSize].every((n) => typeof n === "number" && Number.isFinite(n))) return undefined;
  return { text: str, x: x!, y: y!, width: typeof width === "number" && Number.isFinite(width) ? width : 0, fontSize };
}

/**
 * Lines of one page, top to bottom: runs whose baselines are within half a font size are one
 * line, ordered left to right, with a space where the gap between runs is wider than a sliver.
 * A gap between lines much taller than the text leaves a blank line (a paragraph break).
 */
export function linesFromPlacedText(runs: PlacedText[]): string[] {
  const visible = runs.filter((run) => run.text.length > 0);
  const sorted = [...visible].sort((p, q) => q.y - p.y || p.x - q.x);
  const rows: { y: number; fontSize: number; runs: PlacedText[] }[] = [];
  for (const run of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.y - run.y) <= Math.max(1, 0.5 * Math.min(row.fontSize, run.fontSize))) {
      row.runs.push(run);
      row.fontSize = Math.max(row.fontSize, run.fontSize);
    } else {
      rows.push({ y: run.y, fontSize: run.fontSize, runs: [run] });
    }
  }
  const lines: string[] = [];
  let previous: { y: number; fontSize: number } | undefined;
  for (const row of rows) {
    const ordered = row.runs.sort((p, q) => p.x - q.x);
    let line = "";
    let end: number | undefined;
    for (const run of ordered) {
      const gap = end === undefined ? 0 : run.x - end;
      if (end !== undefined && gap > 0.15 * run.fontSize && !/\s$/.test(line) && !/^\s/.test(run.text)) line += " ";
      line += run.text;
      end = Math.max(end ?? -Infinity, run.x + run.width);
    }
    const text = line.replace(/\s+/g, " ").trim();
    if (!text) continue;
    if (previous && previous.y - row.y > 2 * Math.max(previous.fontSize, row.fontSize)) lines.push("");
    lines.push(text);
    previous = row;
  }
  return lines;
}

async function loadDefaultPdfJs(): Promise<PdfJsModule> {
  return (await import("pdfjs-dist/legacy/build/pdf.mjs")) as unknown as PdfJsModule;
}

function unreadable(error: unknown): DocumentParseError {
  const name = error instanceof Error ? error.name : "";
  const detail = error instanceof Error ? error.message : String(error);
  if (name === "PasswordException") return new DocumentParseError("unreadable-pdf", "PDF", "the PDF is password-protected");
  return new DocumentParseError("unreadable-pdf", "PDF", `the PDF could not be read: ${detail}`);
}

/** The text of a PDF, page by page, one line per line of print. Throws `DocumentParseError`. */
export async function pdfText(bytes: Uint8Array, pdfjs?: PdfJsModule): Promise<string> {
  const library = pdfjs ?? (await loadDefaultPdfJs());
  // pdfjs takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const task = library.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let document: PdfDocument;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw unreadable(error);
  }
  try {
    const pages: string[] = [];
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
      const page = await document.getPage(pageNumber);
      const content = await page.getTextContent();
      pages.push(linesFromPlacedText(content.items.flatMap((item) => placedText(item) ?? [])).join("\n"));
      page.cleanup();
    }
    return pages.join("\n\n");
  } catch (error) {
    throw unreadable(error);
  } finally {
    await document.destroy();
  }
}
