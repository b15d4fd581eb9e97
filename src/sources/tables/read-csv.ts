// CSV text → cells. Files saved from Excel in the UK come comma-separated, sometimes with
// semicolons or tabs instead (their bytes are decoded by `text-encoding.ts`).
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
