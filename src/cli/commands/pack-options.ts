// `cli pack` arguments: COUNCIL (one or more words) --out FILE.xlsx [--year 2024-25] [--docx FILE.docx] [--peers LIST|FILE]
// [--records R.xlsx [--records-sheet NAME] [--records-column MEASURE=HEADER …]]. Parsed once into
// typed options; anything unusable is a CliInputError naming what was wrong.
import { parseYear } from "../../domain/years";
import type { RegisterField } from "../../sources/records/complaints-register";
import { CliInputError } from "../cli-error";
import { takeImportOptions, type FetchImports } from "./fetch-imports";
import { parseRecordsColumn } from "./records-column";

export interface PackOptions extends FetchImports {
  council: string;
  out: string;
  /** The LGSCO year; the latest held when absent. */
  year?: string;
  docx?: string;
  records?: string;
  recordsSheet?: string;
  /** The analyst's peer set (--peers): a ";"-separated list, or a file of one council per line. */
  peers?: string;
  /** The analyst's corrections to the register's detected columns: field → header. */
  recordsColumns: Partial<Record<RegisterField, string>>;
}

export const PACK_USAGE =
  'npm run -s cli -- pack COUNCIL --out FILE.xlsx [--year 2024-25] [--docx FILE.docx] [--peers "A; B; C"|FILE] [--records OWN.xlsx [--records-sheet NAME] [--records-column MEASURE=HEADER …]] [--import LETTER-OR-PAGE…] [--data-file TABLE…]';

export function parsePackOptions(given: readonly string[]): PackOptions {
  // --import and --data-file read as fetch reads them (fetch-imports.ts).
  const { rest: args, imports } = takeImportOptions(given);
  const words: string[] = [];
  const options: Omit<PackOptions, "council" | "out"> & { out?: string } = {
    recordsColumns: {},
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inlineValue] =
      arg.startsWith("--") &&
      arg.includes("=") &&
      !arg.startsWith("--records-column=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const [option, inline] = arg.startsWith("--records-column=")
      ? ["--records-column", arg.slice("--records-column=".length)]
      : [name, inlineValue];
    const value = (): string => {
      const given = inline ?? args[++i];
      if (given === undefined || given === "")
        throw new CliInputError(
          `${option} needs a value. Usage: ${PACK_USAGE}`,
        );
      return given;
    };
    if (option === "--out") options.out = value();
    else if (option === "--docx") options.docx = value();
    else if (option === "--peers") options.peers = value();
    else if (option === "--year") {
      const text = value();
      const year = parseYear(text);
      if (year === undefined)
        throw new CliInputError(
          `--year: "${text}" is not a statistical year (write it like 2019-20).`,
        );
      options.year = year;
    } else if (option === "--records") options.records = value();
    else if (option === "--records-sheet") options.recordsSheet = value();
    else if (option === "--records-column") {
      const [field, header] = parseRecordsColumn(value());
      options.recordsColumns[field] = header;
    } else if (option.startsWith("-"))
      throw new CliInputError(`Unknown option ${option}. Usage: ${PACK_USAGE}`);
    else words.push(arg);
  }
  const council = words.join(" ").trim();
  if (council === "")
    throw new CliInputError(`Name a council. Usage: ${PACK_USAGE}`);
  if (options.out === undefined)
    throw new CliInputError(
      `--out FILE.xlsx is required. Usage: ${PACK_USAGE}`,
    );
  if (!/\.xlsx$/i.test(options.out))
    throw new CliInputError(
      `--out must name an .xlsx file (was "${options.out}").`,
    );
  if (options.docx !== undefined && !/\.docx$/i.test(options.docx))
    throw new CliInputError(
      `--docx must name a .docx file (was "${options.docx}").`,
    );
  const needsRecords =
    options.recordsSheet !== undefined ||
    Object.keys(options.recordsColumns).length > 0;
  if (needsRecords && options.records === undefined)
    throw new CliInputError(
      "--records-sheet and --records-column correct the register: give it with --records OWN.xlsx.",
    );
  return { ...options, ...imports, council, out: options.out };
}
