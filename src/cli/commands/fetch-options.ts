// `cli fetch` arguments: COUNCIL (one or more words) --out FILE.xlsx [--years FROM..TO] [--live]
// [--lgsco-page NAME] [--peers "A; B; C"|FILE] [--records OWN.xlsx [--records-sheet NAME] [--records-column MEASURE=HEADER …]]
// [--import FILE…] [--data-file FILE…].
// Parsed once into typed options; anything unusable is a CliInputError naming what was wrong.
import { compareYears, parseYear } from "../../domain/years";
import { checkLgscoPageName, PageNameError } from "../../sources/live/page-names";
import type { YearSpan } from "../../workbook/plan/plan-for-councils";
import type { RegisterField } from "../../sources/records/complaints-register";
import { CliInputError } from "../cli-error";
import { parseRecordsColumn } from "./records-column";
import { takeImportOptions, type FetchImports } from "./fetch-imports";

export interface FetchOptions extends FetchImports {
  /** What the analyst typed for the council: a name, short name, slug or GSS code. */
  council: string;
  out: string;
  years?: YearSpan;
  live: boolean;
  /** The council's own complaints register (XLSX or CSV), to set beside the published figures. */
  records?: string;
  /** The register's sheet, when the file holds several and detection should not choose. */
  recordsSheet?: string;
  /** The analyst's corrections to the register's detected columns (--records-column): field → header. */
  recordsColumns?: Partial<Record<RegisterField, string>>;
  /** The council's LGSCO page name (--lgsco-page), read alone by --live instead of the names tried in order. */
  lgscoPage?: string;
  /** The analyst's peer set (--peers): a ";"-separated list, or a file of one council per line. */
  peers?: string;
}

export const FETCH_USAGE =
  "npm run -s cli -- fetch COUNCIL --out FILE.xlsx [--years 2019-20..2024-25] [--live [--lgsco-page NAME]] [--peers \"A; B; C\"|FILE] [--records OWN.xlsx [--records-sheet NAME] [--records-column MEASURE=HEADER …]] [--import LETTER-OR-PAGE…] [--data-file TABLE…]";

function readYear(text: string, option: string): string {
  const year = parseYear(text);
  if (year === undefined) {
    throw new CliInputError(`${option}: "${text}" is not a statistical year (write it like 2019-20).`);
  }
  return year;
}

/** "2019-20..2024-25", "2019-20..2019-20" or one year "2023-24". */
export function parseYearSpan(text: string): YearSpan {
  const parts = text.split("..");
  if (parts.length > 2) throw new CliInputError(`--years: "${text}" is not a year range (write it like 2019-20..2024-25).`);
  const from = readYear(parts[0]!.trim(), "--years");
  const to = parts.length === 2 ? readYear(parts[1]!.trim(), "--years") : from;
  if (compareYears(from, to) > 0) {
    throw new CliInputError(`--years: the range ${from}..${to} is empty (the first year is after the last).`);
  }
  return { from, to };
}

export function parseFetchOptions(given: readonly string[]): FetchOptions {
  const { rest: args, imports } = takeImportOptions(given);
  const words: string[] = [];
  let out: string | undefined;
  let years: YearSpan | undefined;
  let live = false;
  let records: string | undefined;
  let recordsSheet: string | undefined;
  const recordsColumns: Partial<Record<RegisterField, string>> = {};
  let lgscoPage: string | undefined;
  let peers: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inlineValue] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string => {
      const given = inlineValue ?? args[++i];
      if (given === undefined || given === "") throw new CliInputError(`${name} needs a value. Usage: ${FETCH_USAGE}`);
      return given;
    };
    if (name === "--out") out = value();
    else if (name === "--years") years = parseYearSpan(value());
    else if (name === "--records") records = value();
    else if (name === "--records-sheet") recordsSheet = value();
    else if (name === "--records-column") {
      const [field, header] = parseRecordsColumn(value());
      recordsColumns[field] = header;
    }
    else if (name === "--lgsco-page") lgscoPage = readPageName(value());
    else if (name === "--peers") peers = value();
    else if (name === "--live") {
      if (inlineValue !== undefined) throw new CliInputError("--live takes no value.");
      live = true;
    } else if (name.startsWith("-")) throw new CliInputError(`Unknown option ${name}. Usage: ${FETCH_USAGE}`);
    else words.push(arg);
  }
  const council = words.join(" ").trim();
  if (council === "") throw new CliInputError(`Name a council. Usage: ${FETCH_USAGE}`);
  if (out === undefined) throw new CliInputError(`--out FILE.xlsx is required. Usage: ${FETCH_USAGE}`);
  if (!/\.xlsx$/i.test(out)) throw new CliInputError(`--out must name an .xlsx file (was "${out}").`);
  if (recordsSheet !== undefined && records === undefined) throw new CliInputError(`--records-sheet names a sheet of the register: give the register with --records OWN.xlsx.`);
  if (Object.keys(recordsColumns).length > 0 && records === undefined) throw new CliInputError("--records-column corrects the register's columns: give the register with --records OWN.xlsx.");
  if (lgscoPage !== undefined && !live) throw new CliInputError("--lgsco-page names the page --live reads: give --live too.");
  return {
    council,
    out,
    live,
    ...imports,
    ...(years === undefined ? {} : { years }),
    ...(records === undefined ? {} : { records }),
    ...(recordsSheet === undefined ? {} : { recordsSheet }),
    ...(Object.keys(recordsColumns).length === 0 ? {} : { recordsColumns }),
    ...(lgscoPage === undefined ? {} : { lgscoPage }),
    ...(peers === undefined ? {} : { peers }),
  };
}

function readPageName(text: string): string {
  try {
    return checkLgscoPageName(text);
  } catch (error) {
    if (error instanceof PageNameError) throw new CliInputError(`--lgsco-page: ${error.message}`);
    throw error;
  }
}
