// CSV text → cells. Files saved from Excel in the UK come as UTF-8 (with or without a byte
// order mark) or Windows-1252, comma-separated, sometimes with semicolons or tabs instead.
import { parse } from "csv-parse/browser/esm/sync";
import type { SheetCells } from "./cells";
import { TableFileError } from "./table-file-error";

const DELIMITERS = [",", ";", "\t"] as const;

/** The delimiter used most in the first lines, counting outside quotes; comma when none is used. */
export function guessDelimiter(text: string): string {
  const sample = text.split(/\r?\n/).filter((line) => line.trim() !== "").slice(0, 10).join("\n");
  const unquoted = sample.replace(/"[^"]*"/g, "");
  let best: string = ",";
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = unquoted.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/** The table of a CSV file; every cell is text (empty cells are ""). */
export function readCsvText(text: string, name = "CSV"): SheetCells {
  const withoutBom = text.replace(/^\uFEFF/, "");
  if (withoutBom.trim() === "") throw new TableFileError("empty", `${name} is empty.`);
  try {
    const rows = parse(withoutBom, {
      delimiter: guessDelimiter(withoutBom),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
    return { name, cells: rows };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TableFileError("broken-csv", `${name} is not a readable CSV file: ${reason}`);
  }
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (curly quotes, dashes, the euro sign).
// Node 20's TextDecoder decodes "windows-1252" as Latin-1, so those are mapped here.
const WINDOWS_1252_HIGH: Record<number, string> = {
  0x80: "\u20ac", 0x82: "\u201a", 0x83: "\u0192", 0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020", 0x87: "\u2021",
  0x88: "\u02c6", 0x89: "\u2030", 0x8a: "\u0160", 0x8b: "\u2039", 0x8c: "\u0152", 0x8e: "\u017d", 0x91: "\u2018",
  0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022", 0x96: "\u2013", 0x97: "\u2014", 0x98: "\u02dc",
  0x99: "\u2122", 0x9a: "\u0161", 0x9b: "\u203a", 0x9c: "\u0153", 0x9e: "\u017e", 0x9f: "\u0178",
};

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += WINDOWS_1252_HIGH[byte] ?? String.fromCharCode(byte);
  return text;
}

/** Bytes of a CSV file as text: UTF-8 when valid, otherwise Windows-1252 (Excel's "CSV" on Windows). */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
