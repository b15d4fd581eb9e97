// Before the .xlsx renderer rewrites an existing workbook: what would exceljs 4.4 lose if it
// read and saved this file? It keeps cells, styles, tables, conditional formats, images and
// notes, but drops charts, pivot tables, slicers, macros, threaded comments, links to other
// workbooks, custom document properties (a sensitivity label among them) and defined names that
// are not plain cell references; and it reads a table saved by Excel with the default header
// row (no headerRowCount attribute) as having none, which would break that table on saving.
// The renderer refuses the losses (the file stays as it was) and repairs the header reading.
import JSZip from "jszip";
import { parseSheetReference } from "../rendering/a1";

export interface XlsxRoundTrip {
  /** What rewriting would lose, in the analyst's words; empty when nothing. */
  losses: string[];
  /** Tables that have a header row by Excel's default, which exceljs reads as headerless. */
  tablesWithDefaultHeader: string[];
}

const DROPPED_PARTS: readonly { prefix: string; what: string }[] = [
  { prefix: "xl/charts/", what: "charts" },
  { prefix: "xl/chartsheets/", what: "chart sheets" },
  { prefix: "xl/pivotTables/", what: "pivot tables" },
  { prefix: "xl/pivotCache/", what: "pivot tables" },
  { prefix: "xl/slicers/", what: "slicers" },
  { prefix: "xl/slicerCaches/", what: "slicers" },
  { prefix: "xl/timelines/", what: "timelines" },
  { prefix: "xl/vbaProject.bin", what: "macros" },
  { prefix: "xl/threadedComments/", what: "threaded comments" },
  { prefix: "xl/externalLinks/", what: "links to other workbooks" },
  { prefix: "xl/connections.xml", what: "data connections" },
  { prefix: "xl/queryTables/", what: "data connections" },
  { prefix: "docProps/custom.xml", what: "custom document properties (such as a sensitivity label)" },
];

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match?.[1];
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Names exceljs keeps: workbook-level names whose every part is a cell reference; print areas and titles it maps itself. */
function lostNames(workbookXml: string): string[] {
  const lost: string[] = [];
  for (const match of workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const attributes = match[1]!;
    const name = unescapeXml(attribute(attributes, "name") ?? "");
    if (name === "_xlnm.Print_Area" || name === "_xlnm.Print_Titles" || name === "_xlnm._FilterDatabase") continue;
    const refersTo = unescapeXml(match[2]!);
    const plain = refersTo.split(",").every((part) => parseSheetReference(part) !== undefined);
    if (!plain || attribute(attributes, "localSheetId") !== undefined) lost.push(name);
  }
  return lost;
}

export async function checkXlsxRoundTrip(bytes: Uint8Array): Promise<XlsxRoundTrip> {
  const zip = await JSZip.loadAsync(bytes);
  const paths = Object.keys(zip.files);
  const losses = new Set<string>();
  for (const part of DROPPED_PARTS) {
    if (paths.some((path) => path.startsWith(part.prefix))) losses.add(part.what);
  }
  const workbookXml = await zip.file("xl/workbook.xml")?.async("string");
  if (workbookXml !== undefined) {
    const names = lostNames(workbookXml);
    if (names.length > 0) losses.add(`the defined name${names.length === 1 ? "" : "s"} ${names.map((n) => `"${n}"`).join(", ")}`);
  }
  const tablesWithDefaultHeader: string[] = [];
  for (const path of paths.filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))) {
    const xml = (await zip.file(path)!.async("string")).slice(0, 4000);
    const tag = /<table\b[^>]*>/.exec(xml)?.[0];
    const name = tag === undefined ? undefined : attribute(tag, "name");
    if (tag !== undefined && name !== undefined && attribute(tag, "headerRowCount") === undefined) tablesWithDefaultHeader.push(unescapeXml(name));
  }
  return { losses: [...losses], tablesWithDefaultHeader };
}
