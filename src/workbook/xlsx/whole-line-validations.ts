// Data validations over whole columns or rows ("E:E", "$F:$F", "4:4"), as Excel writes a drop-down
// list set on a column, spelled out as blocks ("E1:E1048576") before exceljs reads the file:
// exceljs 4.4 reads "E:E" as the cell A1 and "4:4" as A4, so the analyst's list would move.
// The spelled-out block covers the same cells, and Excel reads it back as the same validation.
import type JSZip from "jszip";

const LAST_ROW = 1_048_576;
const LAST_COLUMN = "XFD";

const WHOLE_COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const WHOLE_ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;
const VALIDATION = /(<(?:[\w.-]+:)?dataValidation\s[^>]*?\bsqref\s*=\s*")([^"]*)(")/g;

/** One sqref part as a block exceljs reads as it is meant; other parts unchanged. */
function spelledOut(part: string): string {
  const columns = WHOLE_COLUMNS.exec(part);
  if (columns) return `${columns[1]!.toUpperCase()}1:${columns[2]!.toUpperCase()}${LAST_ROW}`;
  const rows = WHOLE_ROWS.exec(part);
  if (rows) return `A${rows[1]}:${LAST_COLUMN}${rows[2]}`;
  return part;
}

/** A sheet's XML with every data validation's whole columns and rows spelled out. */
export function spellOutWholeLines(sheetXml: string): string {
  return sheetXml.replace(VALIDATION, (_match, start: string, sqref: string, end: string) => {
    const parts = sqref.trim().split(/\s+/);
    return `${start}${parts.map(spelledOut).join(" ")}${end}`;
  });
}

/** The workbook (`bytes`, opened as `zip`) with its whole-line validations spelled out; the same bytes when it has none. */
export async function withWholeLinesSpelledOut(bytes: Uint8Array, zip: JSZip): Promise<Uint8Array> {
  let changed = false;
  for (const path of Object.keys(zip.files).filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name))) {
    const xml = await zip.file(path)!.async("string");
    if (!xml.includes("dataValidation")) continue;
    const spelled = spellOutWholeLines(xml);
    if (spelled === xml) continue;
    zip.file(path, spelled);
    changed = true;
  }
  return changed ? zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }) : bytes;
}
