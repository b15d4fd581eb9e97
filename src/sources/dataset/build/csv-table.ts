// Reads one of the source tables in data/ with csv-parse, keeping each row's line number so that
// every build error can name the line to fix.
import { parse } from "csv-parse/sync";

export interface CsvRow<Column extends string> {
  /** 1-based line of the row in its file. */
  line: number;
  fields: Record<Column, string>;
}

/** A source table the build cannot read or trust; the message names the file and line. */
export class DatasetBuildError extends Error {
  override readonly name = "DatasetBuildError";
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems in the source tables:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  }
}

/** Parses `text` (the content of `file`), which must have exactly `columns` as its header row. */
export function readCsvTable<Column extends string>(text: string, file: string, columns: readonly Column[]): CsvRow<Column>[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // Line endings are mixed in the tables as received (CRLF rows, then LF rows): accept both.
    records = parse(text, { bom: true, info: true, skip_empty_lines: true, record_delimiter: ["\r\n", "\n"] }) as unknown as typeof records;
  } catch (error) {
    throw new DatasetBuildError([`${file}: not readable as CSV (${error instanceof Error ? error.message : String(error)})`]);
  }
  const [header, ...body] = records;
  if (!header) throw new DatasetBuildError([`${file}: empty`]);
  const found = header.record.map((name) => name.trim());
  if (found.join(",") !== columns.join(",")) {
    throw new DatasetBuildError([`${file} line ${header.info.lines}: header is "${found.join(",")}", expected "${columns.join(",")}"`]);
  }
  return body.map(({ record, info }) => {
    const fields = {} as Record<Column, string>;
    columns.forEach((column, index) => {
      fields[column] = (record[index] ?? "").trim();
    });
    return { line: info.lines, fields };
  });
}
