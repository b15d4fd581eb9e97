// CSV text → cells. Files saved from Excel in the UK come comma-separated, sometimes with
// semicolons or tabs instead (their bytes are decoded by `text-encoding.ts`).
import { parse } from "csv-parse/browser/esm/sync";
import type { SheetCells } from "./cells";
import { TableFileError } from "./table-file-error";
import { TABLE_FILE_LIMITS } from "./table-limits";

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

/** Rows and the most fields in a row, counting outside quotes: a file of commas would otherwise be millions of cells. */
export function csvExtent(text: string, delimiter: string): { rows: number; columns: number } {
  let rows = 1;
  let columns = 1;
  let fields = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === delimiter) columns = Math.max(columns, ++fields);
    else if (char === "\n") {
      rows++;
      fields = 1;
    }
  }
  return { rows, columns };
}

/** The table of a CSV file; every cell is text (empty cells are ""). */
export function readCsvText(text: string, name = "CSV"): SheetCells {
  const withoutBom = text.replace(/^\uFEFF/, "");
  if (withoutBom.trim() === "") throw new TableFileError("empty", `${name} is empty.`);
  const delimiter = guessDelimiter(withoutBom);
  const extent = csvExtent(withoutBom, delimiter);
  const limits = TABLE_FILE_LIMITS;
  if (extent.rows > limits.rows || extent.columns > limits.columns) {
    const past = extent.rows > limits.rows ? `${extent.rows.toLocaleString("en-GB")} lines; the most read is ${limits.rows.toLocaleString("en-GB")} rows` : `${extent.columns.toLocaleString("en-GB")} fields in a line; the most read is ${limits.columns.toLocaleString("en-GB")} columns`;
    throw new TableFileError("too-large", `${name} is too large to read: it has ${past}.`);
  }
  try {
    const rows = parse(withoutBom, {
      delimiter,
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
