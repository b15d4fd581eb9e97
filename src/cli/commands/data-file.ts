// `data-file FILE [--year YYYY-YY]`: an LGSCO bulk data file (CSV or XLSX, all councils, one
// year) → a JSON array of YearFigures on stdout, one per council and year it could read; on
// stderr, every column, row and cell it did not use and why. A file it cannot use at all is a
// CliInputError (exit 2, one line).
import { parseYear } from "../../domain/years";
import { DataFileError, describeDataFileReport, importDataFileBytes } from "../../sources/data-files/data-file";
import { loadRegister } from "../../sources/dataset/dataset";
import { TableFileError } from "../../sources/tables/table-file-error";
import { CliInputError } from "../cli-error";
import type { Command } from "../command";
import { readInputFile } from "../read-input-file";

const dataFile: Command = {
  summary: "Import an LGSCO data file (CSV or XLSX of all councils) into YearFigures JSON, saying what it did not use.",
  usage: "npm run -s cli -- data-file FILE [--year 2019-20]",
  options: [
    { name: "FILE", text: "One of LGSCO's data files for all councils (CSV or XLSX). Councils are matched by name against the register." },
    { name: "--year YYYY-YY", text: "The statistical year the file is for, when the file itself does not say (such as 2019-20)." },
  ],
  notes: ["Prints a JSON array of the figures read on stdout, one object per council and year; on stderr, every column, row and cell not used and why. A file that cannot be used at all exits 2 with one line saying why."],
  async run({ args, stdout, stderr }) {
    let year: string | undefined;
    const files: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      if (arg === "--year") {
        const given = args[++i];
        year = given === undefined ? undefined : parseYear(given);
        if (year === undefined) throw new CliInputError(`--year needs a statistical year such as 2019-20, not "${given ?? ""}".`);
      } else if (arg.startsWith("--")) {
        throw new CliInputError(`Unknown option ${arg}. Usage: ${dataFile.usage}`);
      } else {
        files.push(arg);
      }
    }
    if (files.length !== 1) throw new CliInputError(`Give exactly one data file. Usage: ${dataFile.usage}`);
    const file = files[0]!;
    const bytes = await readInputFile(file);
    const register = await loadRegister();
    try {
      const { figures, report } = await importDataFileBytes(bytes, {
        lookup: (name, inYear) => register.resolve(name, { year: inYear }),
        fileName: file,
        ...(year === undefined ? {} : { year }),
      });
      for (const line of describeDataFileReport(report)) stderr(`${line}\n`);
      stdout(`${JSON.stringify(figures, null, 2)}\n`);
    } catch (error) {
      // Both name the file already (readTableFile is given its name).
      if (error instanceof DataFileError || error instanceof TableFileError) throw new CliInputError(error.message);
      throw error;
    }
  },
};

export default dataFile;
