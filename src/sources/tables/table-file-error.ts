// A file that could not be read as a table at all: not CSV, not XLSX, or broken.

export type TableFileProblem = "not-a-table-file" | "old-excel-format" | "broken-csv" | "broken-xlsx" | "empty";

export class TableFileError extends Error {
  override readonly name = "TableFileError";
  constructor(
    readonly problem: TableFileProblem,
    message: string,
  ) {
    super(message);
  }
}
