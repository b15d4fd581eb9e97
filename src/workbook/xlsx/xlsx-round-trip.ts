// Before the .xlsx renderer rewrites an existing workbook: would exceljs 4.4 lose anything if it
// read and saved this file? Decided by an allow-list (xlsx-keep-list.ts) of the parts, content
// types, elements and extensions known to survive its round trip; anything else is a loss, so
// the renderer refuses and the file stays as it was. Also: a table saved by Excel with the
// default header row (no headerRowCount) reads in exceljs as having none, which the renderer
// repairs, so such tables are listed.
import JSZip from "jszip";
import { parseSheetReference } from "../rendering/a1";
import {
  EMPTY_PARTS, EMPTY_WHEN_BARE, isFolderEntry, KEPT_ANCHOR_CHILDREN, KEPT_CELL_ATTRIBUTES, KEPT_CONTENT_TYPES, KEPT_PARTS, KEPT_WORKBOOK_ELEMENTS,
  KEPT_WORKSHEET_ELEMENTS, KEPT_WORKSHEET_EXTENSIONS, LOST_ELEMENT_WORDS, LOST_EXTENSION_WORDS, LOST_PART_WORDS,
  REBUILT_PARTS, REBUILT_WORKBOOK_ELEMENTS, REBUILT_WORKBOOK_EXTENSIONS,
} from "./xlsx-keep-list";
import { scanElements, unescapeXml } from "./xml-scan";

export interface XlsxRoundTrip {
  /** What rewriting would lose, in the analyst's words; empty when nothing. */
  losses: string[];
  /** Tables that have a header row by Excel's default, which exceljs reads as headerless. */
  tablesWithDefaultHeader: string[];
}

/** Names exceljs keeps: workbook-level names whose every part is a cell reference; print areas and titles it maps itself. */
function lostNames(workbookXml: string): string[] {
  const lost: string[] = [];
  for (const match of workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const attributes = match[1]!;
    const name = unescapeXml(/\sname="([^"]*)"/.exec(attributes)?.[1] ?? "");
    if (name === "_xlnm.Print_Area" || name === "_xlnm.Print_Titles" || name === "_xlnm._FilterDatabase") continue;
    const refersTo = unescapeXml(match[2]!);
    const plain = refersTo.split(",").every((part) => parseSheetReference(part) !== undefined);
    if (!plain || /\slocalSheetId="/.test(attributes)) lost.push(name);
  }
  return lost;
}

function partWords(path: string): string {
  return LOST_PART_WORDS.find((part) => path.startsWith(part.prefix))?.what ?? `the part ${path}`;
}

/** The part a relationship in `relsPath` points at ("../comments1.xml" from a sheet's rels → "xl/comments1.xml"). */
function relationshipTargets(relsXml: string, relsPath: string, typeEnding: string): string[] {
  const folder = relsPath.replace(/_rels\/[^/]+$/, "");
  const targets: string[] = [];
  for (const element of scanElements(relsXml)) {
    if (element.local !== "Relationship" || !element.attributes.Type?.endsWith(typeEnding) || element.attributes.TargetMode === "External") continue;
    const target = element.attributes.Target ?? "";
    const parts = (target.startsWith("/") ? target.slice(1) : `${folder}${target}`).split("/");
    const resolved: string[] = [];
    for (const part of parts) {
      if (part === "..") resolved.pop();
      else if (part !== "." && part !== "") resolved.push(part);
    }
    targets.push(resolved.join("/"));
  }
  return targets;
}

/** Losses within one worksheet: elements, extensions and cell attributes exceljs drops, and notes on cells it never reads. */
async function worksheetLosses(zip: JSZip, path: string, losses: Set<string>): Promise<void> {
  const xml = await zip.file(path)!.async("string");
  const cells = new Set<string>();
  for (const element of scanElements(xml)) {
    if (element.depth === 1 && !KEPT_WORKSHEET_ELEMENTS.has(element.local)) losses.add(LOST_ELEMENT_WORDS[element.local] ?? `the sheet element <${element.local}>`);
    if (element.depth === 2 && element.local === "ext") {
      const uri = element.attributes.uri ?? "";
      if (!KEPT_WORKSHEET_EXTENSIONS.has(uri)) losses.add(LOST_EXTENSION_WORDS[uri] ?? `an Excel extension on a sheet (${uri})`);
    }
    if (element.local === "c" && element.depth === 3) {
      if (element.attributes.r !== undefined) cells.add(element.attributes.r.toUpperCase());
      for (const attribute of Object.keys(element.attributes)) {
        if (KEPT_CELL_ATTRIBUTES.has(attribute)) continue;
        losses.add(attribute === "cm" ? "dynamic-array formulas" : attribute === "vm" ? "pictures in cells" : `a cell setting (${attribute})`);
      }
    }
  }
  // exceljs attaches a note to a cell only when the sheet lists that cell: a note on a cell never written is dropped.
  const relsPath = path.replace(/([^/]+)$/, "_rels/$1.rels");
  const rels = await zip.file(relsPath)?.async("string");
  if (rels === undefined) return;
  for (const commentsPath of relationshipTargets(rels, relsPath, "/comments")) {
    const comments = await zip.file(commentsPath)?.async("string");
    if (comments === undefined) continue;
    for (const element of scanElements(comments)) {
      if (element.local === "comment" && !cells.has((element.attributes.ref ?? "").toUpperCase())) losses.add("notes on empty cells");
    }
  }
}

function workbookLosses(xml: string, losses: Set<string>): void {
  for (const element of scanElements(xml)) {
    const bare = EMPTY_WHEN_BARE.has(element.local) && Object.keys(element.attributes).length === 0;
    if (element.depth === 1 && !bare && !KEPT_WORKBOOK_ELEMENTS.has(element.local) && !REBUILT_WORKBOOK_ELEMENTS.has(element.local)) {
      losses.add(LOST_ELEMENT_WORDS[element.local] ?? `the workbook element <${element.local}>`);
    }
    if (element.depth === 2 && element.local === "ext" && !REBUILT_WORKBOOK_EXTENSIONS.has(element.attributes.uri ?? "")) {
      losses.add(`an Excel extension on the workbook (${element.attributes.uri ?? "unnamed"})`);
    }
  }
  const names = lostNames(xml);
  if (names.length > 0) losses.add(`the defined name${names.length === 1 ? "" : "s"} ${names.map((n) => `"${n}"`).join(", ")}`);
}

/** A drawing exceljs keeps holds pictures only: text boxes, shapes, groups and charts are dropped. */
function drawingLosses(xml: string, losses: Set<string>): void {
  for (const element of scanElements(xml)) {
    if (element.depth === 2 && !KEPT_ANCHOR_CHILDREN.has(element.local)) {
      losses.add(element.local === "graphicFrame" ? "charts" : "text boxes and shapes drawn on a sheet");
    }
  }
}

/** A VML drawing exceljs keeps holds notes only (form controls live there too). */
function vmlLosses(xml: string, losses: Set<string>): void {
  for (const element of scanElements(xml)) {
    if (element.local === "ClientData" && element.attributes.ObjectType !== "Note") losses.add("form controls");
  }
}

function contentTypeLosses(xml: string, losses: Set<string>): void {
  for (const element of scanElements(xml)) {
    if (element.local !== "Default" && element.local !== "Override") continue;
    const type = element.attributes.ContentType ?? "";
    if (KEPT_CONTENT_TYPES.has(type)) continue;
    if (/macroEnabled|vbaProject/i.test(type)) losses.add("macros");
    else if (element.local === "Override") losses.add(partWords((element.attributes.PartName ?? "").replace(/^\//, "")));
    else losses.add(`files of type .${element.attributes.Extension ?? ""}`);
  }
}

export async function checkXlsxRoundTrip(bytes: Uint8Array): Promise<XlsxRoundTrip> {
  const zip = await JSZip.loadAsync(bytes);
  const paths = Object.keys(zip.files).filter((path) => !isFolderEntry(path));
  const losses = new Set<string>();
  const read = (path: string) => zip.file(path)!.async("string");
  for (const path of paths) {
    if (KEPT_PARTS.some((pattern) => pattern.test(path)) || REBUILT_PARTS.some((pattern) => pattern.test(path))) continue;
    const empty = EMPTY_PARTS.find((part) => part.pattern.test(path));
    if (empty !== undefined && ![...scanElements(await read(path))].some((element) => element.local === empty.entry)) continue;
    losses.add(partWords(path));
  }
  for (const path of paths) {
    if (path === "[Content_Types].xml") contentTypeLosses(await read(path), losses);
    else if (path === "xl/workbook.xml") workbookLosses(await read(path), losses);
    else if (/^xl\/worksheets\/sheet\d+\.xml$/.test(path)) await worksheetLosses(zip, path, losses);
    else if (/^xl\/drawings\/drawing\d+\.xml$/.test(path)) drawingLosses(await read(path), losses);
    else if (/^xl\/drawings\/vmlDrawing\d+\.vml$/.test(path)) vmlLosses(await read(path), losses);
  }
  const tablesWithDefaultHeader: string[] = [];
  for (const path of paths.filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))) {
    const table = scanElements((await read(path)).slice(0, 4000)).next().value;
    const name = table?.attributes.name;
    if (table?.local === "table" && name !== undefined && table.attributes.headerRowCount === undefined) tablesWithDefaultHeader.push(name);
  }
  return { losses: [...losses], tablesWithDefaultHeader };
}
