// A file that could not be read as a table at all: not CSV, not XLSX, broken, or past the
// rows and columns read.

export type TableFileProblem = "not-a-table-file" | "old-excel-format" | "broken-csv" | "broken-xlsx" | "empty" | "too-large";

export class TableFileError extends Error {
  override readonly name = "TableFileError";
  constructor(
    readonly problem: TableFileProblem,
    message: string,
  ) {
    super(message);
  }
}
