// `data-file FILE… [--year YYYY-YY]`: LGSCO's data tables (CSV, XLSX or Excel's "Unicode Text";
// all councils, one measure and year per file) → a JSON array of YearFigures on stdout, one per
// council and year, merged across the files; on stderr, for each file, the header row and every
// column, row and cell it did not use and why, then one line per council-year read. A file it
// cannot use at all is a CliInputError (exit 2, one line naming the file).
import { basename } from "node:path";
import type { YearFigures } from "../../domain/types";
import { parseYear } from "../../domain/years";
import { DataFileError, describeDataFileReport, importDataFiles } from "../../sources/data-files/data-file";
import { loadRegister } from "../../sources/dataset/dataset";
import { readTableFile } from "../../sources/tables/read-table-file";
import { TableFileError } from "../../sources/tables/table-file-error";
import { CliInputError } from "../cli-error";
import type { Command } from "../command";
import { readInputFile } from "../read-input-file";

/** "Upheld 16 of 20 (80%)": a rate with the counts it was published with. */
function rateLine(label: string, rate: number | undefined, count: number | undefined, of: number | undefined): string[] {
  if (rate === undefined) return [];
  return [`${label} ${count !== undefined && of !== undefined ? `${count} of ${of} (${rate}%)` : `${rate}%`}`];
}

/** One line per council-year read, for the analyst to check against the file. */
export function councilYearLine(figures: YearFigures): string {
  const parts = [
    ...rateLine("Upheld", figures.upheld?.rate, figures.upheld?.count, figures.upheld?.of),
    ...rateLine("Compliance", figures.compliance?.rate, undefined, undefined),
    ...rateLine("Satisfactory remedy", figures.satisfactoryRemedy?.rate, figures.satisfactoryRemedy?.count, figures.satisfactoryRemedy?.of),
    ...(figures.received?.total === undefined ? [] : [`Received ${figures.received.total}`]),
    ...(figures.decisions?.total === undefined ? [] : [`Decided ${figures.decisions.total}`]),
  ];
  return `${figures.authority} ${figures.year}: ${parts.length > 0 ? parts.join("; ") : "counts only"}`;
}

export interface DataFileArguments {
  files: string[];
  year?: string;
}

export const DATA_FILE_USAGE = "npm run -s cli -- data-file FILE… [--year 2019-20]";

export function parseDataFileArguments(args: readonly string[]): DataFileArguments {
  let year: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--year") {
      const given = args[++i];
      year = given === undefined ? undefined : parseYear(given);
      if (year === undefined) throw new CliInputError(`--year needs a statistical year such as 2019-20, not "${given ?? ""}".`);
    } else if (arg.startsWith("--")) {
      throw new CliInputError(`Unknown option ${arg}. Usage: ${DATA_FILE_USAGE}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) throw new CliInputError(`Give one or more data files. Usage: ${DATA_FILE_USAGE}`);
  return { files, ...(year === undefined ? {} : { year }) };
}

/**
 * Reads and imports the data files named, for `data-file` and `fetch --data-file`: the report on
 * stderr, the figures returned; a file that cannot be used is a CliInputError naming it.
 */
export async function readDataFiles(files: readonly string[], year: string | undefined, stderr: (text: string) => void): Promise<YearFigures[]> {
  const register = await loadRegister();
  const read = [];
  for (const file of files) {
    const bytes = await readInputFile(file, "the data file");
    const fileName = basename(file);
    try {
      read.push({ sheets: await readTableFile(bytes, file), options: { lookup: (name: string, inYear: string) => register.resolve(name, { year: inYear }), fileName, ...(year === undefined ? {} : { year }) } });
    } catch (error) {
      // It names the file already (readTableFile is given its name).
      if (error instanceof TableFileError) throw new CliInputError(error.message);
      throw error;
    }
  }
  try {
    const { figures, reports, conflicts } = importDataFiles(read);
    for (const line of [...reports.flatMap(describeDataFileReport), ...conflicts.map((conflict) => `${conflict}.`)]) stderr(`${line}\n`);
    for (const figure of figures) stderr(`${councilYearLine(figure)}\n`);
    return figures;
  } catch (error) {
    // A DataFileError names the file already.
    if (error instanceof DataFileError) throw new CliInputError(error.message);
    throw error;
  }
}

const dataFile: Command = {
  summary: "Import LGSCO data tables (CSV, XLSX or Unicode Text of all councils) into YearFigures JSON, saying what it did not use.",
  usage: DATA_FILE_USAGE,
  options: [
    { name: "FILE…", text: "One or more of LGSCO's data tables for all councils (CSV, XLSX, or Excel's Unicode Text). The header row is found by meaning; councils are matched by name against the register." },
    { name: "--year YYYY-YY", text: "The statistical year the files are for, when a file itself does not say (such as 2019-20)." },
  ],
  notes: [
    "Prints a JSON array of the figures read on stdout, one object per council and year; on stderr, the header row found, every column not used, each council-year read, and every row refused because its rate disagrees with its counts. A file that cannot be used at all exits 2 with one line saying why.",
  ],
  async run({ args, stdout, stderr }) {
    const { files, year } = parseDataFileArguments(args);
    const figures = await readDataFiles(files, year, stderr);
    stdout(`${JSON.stringify(figures, null, 2)}\n`);
  },
};

export default dataFile;
