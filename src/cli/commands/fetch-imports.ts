// `cli fetch`'s --import FILE… (annual letters, saved statistics pages) and --data-file FILE…
// (LGSCO's data tables): taken out of the arguments, then read whole before anything is written.
// A document for another council, or one that cannot be read, refuses the fetch in one line
// naming the document (exit 2, no file). The years read come back as YearFigures, each citing
// its document, for the Import documents job (src/application/import-documents.ts).
import { basename } from "node:path";
import type { Authority, YearFigures } from "../../domain/types";
import { documentProblems, readDocuments, yearsRead } from "../../sources/documents/read-documents";
import type { Dataset } from "../../sources/dataset/dataset";
import { CliInputError } from "../cli-error";
import type { CommandIO } from "../command";
import { readInputFile } from "../read-input-file";
import { readDataFiles } from "./data-file";

export interface FetchImports {
  /** Annual letters and saved statistics pages (--import). */
  imports?: string[];
  /** LGSCO's data tables (--data-file). */
  dataFiles?: string[];
}

const LIST_OPTIONS = { "--import": "imports", "--data-file": "dataFiles" } as const;

/**
 * The arguments without --import and --data-file, and the files each named: every argument
 * after the option up to the next option (so the council is named before them).
 */
export function takeImportOptions(args: readonly string[]): { rest: string[]; imports: FetchImports } {
  const rest: string[] = [];
  const imports: Required<FetchImports> = { imports: [], dataFiles: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (!(name in LIST_OPTIONS)) {
      rest.push(arg);
      continue;
    }
    const files = imports[LIST_OPTIONS[name as keyof typeof LIST_OPTIONS]];
    const before = files.length;
    if (inline !== undefined && inline !== "") files.push(inline);
    while (inline === undefined && i + 1 < args.length && !args[i + 1]!.startsWith("--")) files.push(args[++i]!);
    if (files.length === before) throw new CliInputError(`${name} needs one or more files (name the council first: fetch COUNCIL ${name} FILE… --out F.xlsx).`);
  }
  return {
    rest,
    imports: { ...(imports.imports.length > 0 ? { imports: imports.imports } : {}), ...(imports.dataFiles.length > 0 ? { dataFiles: imports.dataFiles } : {}) },
  };
}

/** Every document named with --import, read for `authority`; any problem refuses the fetch in one line. */
async function readImportedDocuments(files: readonly string[], authority: Authority, register: Dataset["register"], io: CommandIO): Promise<YearFigures[]> {
  const inputs = [];
  for (const file of files) inputs.push({ name: basename(file), content: await readInputFile(file, "the document") });
  const rows = await readDocuments(inputs, { register, council: authority, retrieved: new Date().toISOString() });
  const problems = documentProblems(rows);
  if (problems.length > 0) throw new CliInputError(problems.join(" "));
  for (const row of rows) {
    io.stderr(`${row.document}: ${row.council?.name ?? ""} ${row.years.map((year) => year.year).join(", ")} read.\n`);
    for (const warning of row.warnings) io.stderr(`  Check: ${warning}\n`);
  }
  return yearsRead(rows);
}

/** The years the files give: the council's own documents, and LGSCO's data tables (every council's). */
export interface YearsImported {
  documents: YearFigures[];
  dataTables: YearFigures[];
}

/** Every file named with --import and --data-file, read whole; empty when neither option was given. */
export async function readFetchImports(options: FetchImports, authority: Authority, register: Dataset["register"], io: CommandIO): Promise<YearsImported> {
  const dataTables = options.dataFiles ? await readDataFiles(options.dataFiles, undefined, io.stderr) : [];
  const documents = options.imports ? await readImportedDocuments(options.imports, authority, register, io) : [];
  return { documents, dataTables };
}
