// How far an .xlsx file's sheets reach, read from the zip's XML before exceljs builds anything:
// exceljs makes an object for every row up to the last, every cell of a merged range and every
// cell a data validation covers, so a 17 KB file with one cell in XFD1048576 (or a merge over
// the whole sheet) would take gigabytes. The sheets are scanned as a stream, a chunk at a time.
import JSZip from "jszip";
import { TableFileError } from "./table-file-error";
import type { TableLimits } from "./table-limits";

/** The most XML one sheet may unpack to (a zip can hold a sheet 1000 times its own size). */
const MAX_SHEET_TEXT = 256 * 1024 * 1024;

export interface SheetExtent {
  /** The last row and column (1-based) any cell, row, merge or table reaches (validations make no rows). */
  rows: number;
  columns: number;
  coveredCells: number;
  /** What reaches furthest, for the message ("the cell XFD1"). */
  furthest: string;
}

interface Block {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const REFERENCE = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + letter.charCodeAt(0) - 64;
  return n;
}

/** "B3", "A1:C9", "C:C", "2:2" → the block it covers; undefined when it is none of these. */
function parseBlock(text: string): Block | undefined {
  const [first, last = first] = text.split(":") as [string, string?];
  const a = REFERENCE.exec(first);
  const b = REFERENCE.exec(last!);
  if (!a || !b || (a[1] === undefined && a[2] === undefined)) return undefined;
  const left = a[1] === undefined ? 1 : columnNumber(a[1]);
  const right = b[1] === undefined ? 16_384 : columnNumber(b[1]);
  const top = a[2] === undefined ? 1 : Number(a[2]);
  const bottom = b[2] === undefined ? 1_048_576 : Number(b[2]);
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

const ELEMENT = /<(?:[\w.-]+:)?(c|row|mergeCell|dataValidation|table)\s[^>]*?\b(r|ref|sqref)\s*=\s*"([^"]*)"/g;

/** A cell's "AB12" read by character, with nothing allocated: a sheet may hold a million of them. */
function widenToCell(extent: SheetExtent, ref: string): void {
  let column = 0;
  let row = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else if (code >= 48 && code <= 57) row = row * 10 + code - 48;
    else if (code !== 36) return;
  }
  if (row > extent.rows) Object.assign(extent, { rows: row, furthest: `the cell ${ref}` });
  if (column > extent.columns) Object.assign(extent, { columns: column, furthest: `the cell ${ref}` });
}

function widen(extent: SheetExtent, element: string, value: string): void {
  if (element === "c") {
    widenToCell(extent, value);
    return;
  }
  if (element === "row") {
    const row = Number(value);
    if (row > extent.rows) Object.assign(extent, { rows: row, furthest: `row ${row}` });
    return;
  }
  for (const part of value.trim().split(/\s+/)) {
    const block = parseBlock(part);
    if (block === undefined) continue;
    extent.coveredCells += (block.bottom - block.top + 1) * (block.right - block.left + 1);
    // exceljs keeps a validation per cell but makes no rows for it: a drop-down list on a whole
    // column is covered cells, not a sheet reaching row 1,048,576.
    if (element === "dataValidation") continue;
    const what = element === "mergeCell" ? `merged cells ${part}` : `a table over ${part}`;
    if (block.bottom > extent.rows) Object.assign(extent, { rows: block.bottom, furthest: what });
    if (block.right > extent.columns) Object.assign(extent, { columns: block.right, furthest: what });
  }
}

/** JSZip's own stream (in Node and the browser alike), which its typings leave out. */
interface PartStream {
  on(event: "data", listener: (chunk: string) => void): PartStream;
  on(event: "error", listener: (error: Error) => void): PartStream;
  on(event: "end", listener: () => void): PartStream;
  pause(): PartStream;
  resume(): PartStream;
}

/** Scans one part's XML as it unpacks; tags split across chunks are carried into the next. */
async function scanPart(file: JSZip.JSZipObject, extent: SheetExtent): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    let carried = "";
    let read = 0;
    const stream = (file as unknown as { internalStream(type: "string"): PartStream }).internalStream("string");
    stream
      .on("data", (chunk: string) => {
        read += chunk.length;
        if (read > MAX_SHEET_TEXT) {
          stream.pause();
          reject(new TableFileError("too-large", `a sheet unpacks to more than ${MAX_SHEET_TEXT / 1024 / 1024} MB of XML`));
          return;
        }
        const text = carried + chunk;
        const cut = text.lastIndexOf("<");
        const whole = cut < 0 ? text : text.slice(0, cut);
        carried = cut < 0 ? "" : text.slice(cut);
        for (const match of whole.matchAll(ELEMENT)) widen(extent, match[1]!, match[3]!);
      })
      .on("error", reject)
      .on("end", () => {
        for (const match of carried.matchAll(ELEMENT)) widen(extent, match[1]!, match[3]!);
        resolve();
      })
      .resume();
  });
}

/** Sheet names by their part ("xl/worksheets/sheet1.xml" → "Budget"), for messages. */
async function sheetNames(zip: JSZip): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (workbook === undefined || rels === undefined) return names;
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(match[0])?.[1];
    if (id !== undefined && target !== undefined) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(match[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(match[0])?.[1];
    const part = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && part !== undefined) names.set(part, name.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&apos;/g, "'"));
  }
  return names;
}

/** Each sheet's extent (its tables counted on it), by the sheet's name (or its part when unnamed). */
export async function xlsxExtents(zip: JSZip): Promise<Map<string, SheetExtent>> {
  const names = await sheetNames(zip);
  const extents = new Map<string, SheetExtent>();
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    const extent: SheetExtent = { rows: 0, columns: 0, coveredCells: 0, furthest: "" };
    await scanPart(zip.file(path)!, extent);
    const rels = await zip.file(path.replace(/([^/]+)$/, "_rels/$1.rels"))?.async("string");
    for (const match of (rels ?? "").matchAll(/<Relationship\b[^>]*Type="[^"]*\/table"[^>]*>/g)) {
      const target = /\bTarget="([^"]*)"/.exec(match[0])?.[1] ?? "";
      const table = zip.file(target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\.\//, "")}`);
      if (table) await scanPart(table, extent);
    }
    extents.set(names.get(path) ?? path, extent);
  }
  return extents;
}

/** Throws TableFileError("too-large") naming the sheet and what reaches past a limit. */
export async function checkXlsxExtent(data: Uint8Array | JSZip, limits: TableLimits): Promise<void> {
  const zip = data instanceof JSZip ? data : await JSZip.loadAsync(data);
  for (const [sheet, extent] of await xlsxExtents(zip)) {
    const past =
      extent.rows > limits.rows ? `reaches row ${extent.rows.toLocaleString("en-GB")} (${extent.furthest}); the most read is ${limits.rows.toLocaleString("en-GB")} rows`
      : extent.columns > limits.columns ? `reaches column ${extent.columns.toLocaleString("en-GB")} (${extent.furthest}); the most read is ${limits.columns.toLocaleString("en-GB")} columns`
      : extent.coveredCells > limits.coveredCells ? `has merged cells, data validations and tables over ${extent.coveredCells.toLocaleString("en-GB")} cells; the most read is ${limits.coveredCells.toLocaleString("en-GB")}`
      : undefined;
    if (past !== undefined) throw new TableFileError("too-large", `the sheet "${sheet}" ${past}.`);
  }
}
