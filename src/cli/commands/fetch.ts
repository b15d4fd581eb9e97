// `fetch COUNCIL --out FILE.xlsx [--years FROM..TO] [--live [--lgsco-page NAME]] [--peers LIST|FILE]
// [--records OWN.xlsx [--records-sheet NAME]]`: the workbook Fetch my council writes, from the
// embedded dataset (and LGSCO's statistics page with --live), through the same plan service as
// the task pane and the xlsx renderer; with --peers, the analyst's own peer set; with --records, the council's own register beside the published figures (columns detected by their
// headers, the mapping used printed on stderr). Everything is worked out before the file
// is touched, and the file is written whole (temporary file, then rename): a refused request
// leaves no file and never half a workbook.
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import type { Authority } from "../../domain/types";
import type { FetchOutcome } from "../../application/fetch-my-council";
import { heldWithImports, importDocuments } from "../../application/import-documents";
import { DocumentForAnotherCouncilError, NoFiguresError, WriteFailure } from "../../application/job-errors";
import type { JobContext, PlanRenderer } from "../../application/ports";
import { describeMapping, RegisterReadError } from "../../sources/records/complaints-register";
import { councilFigures, type StatisticsPageFetcher } from "../../sources/live/council-figures";
import { loadDataset, type Dataset } from "../../sources/dataset/dataset";
import { FileStorage } from "../../sources/live/file-storage";
import { LGSCO_SITE_BASE_URL, LgscoClient } from "../../sources/live/lgsco-client";
import { PageCache } from "../../sources/live/page-cache";
import { RememberedPageNames } from "../../sources/live/page-names";
import { readRegisterFile, type RegisterFromFile } from "../../sources/records/register-file";
import { TableFileError } from "../../sources/tables/table-file-error";
import type { SheetPlan } from "../../workbook/plan/plan";
import { PlanRequestError, type CouncilPlanned, type CouncilPlanRequest } from "../../workbook/plan/plan-for-councils";
import { RECORDS_SHEET } from "../../workbook/plan/records-sheet";
import type { WorkbookState } from "../../workbook/rendering/existing-workbook";
import { RenderConflictError } from "../../workbook/rendering/render-targets";
import { councilsInXlsx, xlsxWorkbookWriter } from "../../workbook/xlsx/xlsx-renderer";
import { CliInputError } from "../cli-error";
import { fileErrorReason } from "../file-errors";
import { readInputFile } from "../read-input-file";
import { outputTarget, writeOutputFile } from "../write-output-file";
import type { Command, CommandIO } from "../command";
import { FETCH_NOTES, FETCH_OPTIONS } from "./fetch-help";
import { FETCH_USAGE, parseFetchOptions, type FetchOptions } from "./fetch-options";
import { readFetchImports } from "./fetch-imports";
import { liveOptions, readPeers } from "./fetch-peers-and-pages";
import { registerProblemForCli } from "./records-advice";

/**
 * Writes the plan built for a workbook's state to .xlsx bytes: into `existing` (a workbook of
 * ours, or the analyst's) when given, so Fetch adds a council beside those already there.
 */
export interface WorkbookWriter {
  write(existing: Uint8Array | undefined, planFor: (state: WorkbookState) => SheetPlan): Promise<{ bytes: Uint8Array; notes: string[] }>;
}

export interface FetchDependencies {
  loadDataset(): Promise<Dataset>;
  /** Throws when `existing` is not a workbook the writer can open. */
  checkReadable(existing: Uint8Array): Promise<void>;
  /** The client for --live (LGSCO itself, or LGSCO_UPSTREAM_BASE_URL). */
  liveClient(): StatisticsPageFetcher;
  writer: WorkbookWriter;
  /** The page name that answered each council's last --live, tried first next time; none kept when absent. */
  pageNames?(): RememberedPageNames;
}

/** Where the output goes (through a symbolic link, to its target): refused before any work if it cannot be written. */
export async function checkOutputPath(out: string): Promise<{ path: string; exists: boolean }> {
  let path: string;
  try {
    path = await outputTarget(out);
  } catch (error) {
    throw new CliInputError(`Cannot write ${out}: ${fileErrorReason(error) ?? "it cannot be reached"}.`);
  }
  const folder = dirname(path);
  const folderStat = await stat(folder).catch(() => undefined);
  if (!folderStat?.isDirectory()) throw new CliInputError(`Cannot write ${out}: the folder ${folder} does not exist.`);
  const fileStat = await stat(path).catch(() => undefined);
  if (fileStat?.isDirectory()) throw new CliInputError(`Cannot write ${out}: it is a folder.`);
  if (fileStat && !fileStat.isFile()) throw new CliInputError(`Cannot write ${out}: it is not a regular file (a device, pipe or socket).`);
  try {
    await access(fileStat ? path : folder, fileStat ? constants.R_OK | constants.W_OK : constants.W_OK);
  } catch {
    throw new CliInputError(`Cannot write ${out}: permission denied.`);
  }
  return { path, exists: fileStat !== undefined };
}

function findCouncil(dataset: Dataset, query: string): Authority {
  const found = dataset.register.lookup(query);
  if (found.kind === "found") return found.authority;
  throw new CliInputError(found.message);
}

function noFiguresMessage(error: NoFiguresError): string {
  const { council, years, heldYears, live } = error;
  const range = years === undefined ? "" : ` for ${years.from === years.to ? years.from : `${years.from} to ${years.to}`}`;
  const held = heldYears.length > 0 ? `holds ${heldYears.join(", ")} for it` : "holds none for it";
  const dataset = `the embedded dataset (as of ${error.datasetAsOf}) ${held}`;
  const documents = "the council's LGSCO annual letters or saved statistics pages (--import FILE…), or LGSCO's data tables (--data-file FILE…)";
  if (live.state === "failed") {
    // The service's sentence ends by saying it shows the embedded figures: here there are none to show.
    const why = live.message.replace(/;\s*showing the embedded figures.*$/, "");
    return `No published figures are held for ${council.name}${range}: ${dataset}, and the live pull failed (${why}). Try ${documents}, or --lgsco-page NAME.`;
  }
  const more = live.state === "off" ? `--live (LGSCO's statistics page), ${documents}` : documents;
  return `No published figures are held for ${council.name}${range}: ${dataset}. Try ${more}.`;
}

/** Problems reading the register printed on stderr before "… and N more". */
const PROBLEMS_SHOWN = 20;

/** The register given with --records, read whole before anything is written; unusable input is a CliInputError. */
async function readRecords(path: string, sheetName: string | undefined, columns: FetchOptions["recordsColumns"]): Promise<RegisterFromFile> {
  const bytes = await readInputFile(path, "the register");
  try {
    return await readRegisterFile(bytes, path, sheetName, columns === undefined ? {} : { columns });
  } catch (error) {
    if (error instanceof TableFileError) throw new CliInputError(`--records: ${error.message}`);
    if (error instanceof RegisterReadError) throw new CliInputError(registerProblemForCli(error, basename(path)));
    throw error;
  }
}

/** The mapping used, what was not used and what could not be read, on stderr: the analyst checks them. */
function reportRecords(records: RegisterFromFile, io: CommandIO): void {
  io.stderr(`Register ${records.source}: columns found by their headers (correct them in the sheet's header row if wrong):\n`);
  for (const line of describeMapping(records.mapping)) io.stderr(`  ${line}\n`);
  if (records.unmatchedHeaders.length > 0) io.stderr(`  Not used: ${records.unmatchedHeaders.map((header) => `"${header}"`).join(", ")}\n`);
  const complaints = records.complaints.length;
  const problems = records.problems.length;
  io.stderr(`Read ${complaints} ${complaints === 1 ? "complaint" : "complaints"} from the register${problems === 0 ? "." : `; ${problems} ${problems === 1 ? "problem" : "problems"}:`}\n`);
  for (const problem of records.problems.slice(0, PROBLEMS_SHOWN)) io.stderr(`  ${problem.message}\n`);
  if (problems > PROBLEMS_SHOWN) io.stderr(`  … and ${problems - PROBLEMS_SHOWN} more.\n`);
}

/** One line on stdout about the reconciliation written (or not brought up to date). */
function recordsSummary(council: CouncilPlanned | undefined, options: FetchOptions, staleSheet: string | undefined): string | undefined {
  if (options.records === undefined) {
    return staleSheet === undefined ? undefined : `The sheet "${staleSheet}" was left as it was: give --records again to bring it up to date.`;
  }
  const rows = council?.ownRecords?.reconciliation ?? [];
  if (rows.length === 0) return `${RECORDS_SHEET}: the register has no complaints dated in the years written.`;
  const flagged = council?.flags.filter((flag) => flag.id === "records-mismatch").length ?? 0;
  const years = [...new Set(rows.map((row) => row.year))];
  const span = years.length === 1 ? years[0] : `${years[0]} to ${years[years.length - 1]}`;
  return `${RECORDS_SHEET}: ${span} set beside the register; ${flagged} ${flagged === 1 ? "difference" : "differences"} flagged records-mismatch.`;
}

/** The exceljs writer as the jobs' renderer: the bytes it wrote are kept for the caller to save. */
function xlsxRenderer(writer: WorkbookWriter, existing: Uint8Array | undefined): PlanRenderer & { bytes(): Uint8Array } {
  let bytes: Uint8Array | undefined;
  return {
    async render(planFor) {
      const written = await writer.write(existing, (state) => {
        const plan = planFor(state);
        // exceljs works on the file in memory: the plan for it is made without waiting on anything.
        if (plan instanceof Promise) throw new Error("The .xlsx writer takes a plan made at once.");
        return plan;
      });
      bytes = written.bytes;
      return { notes: written.notes };
    },
    bytes() {
      if (bytes === undefined) throw new Error("The workbook writer wrote nothing.");
      return bytes;
    },
  };
}

export async function runFetch(options: FetchOptions, deps: FetchDependencies, io: CommandIO): Promise<void> {
  const output = await checkOutputPath(options.out);
  const existing = output.exists ? await readInputFile(options.out, "the workbook") : undefined;
  if (existing !== undefined) {
    try {
      await deps.checkReadable(existing);
    } catch (error) {
      if (error instanceof TableFileError) throw new CliInputError(`Cannot add to ${options.out}: ${error.message}`);
      throw new CliInputError(`Cannot add to ${options.out}: it is not an .xlsx workbook that can be opened (write to a new file, or fix that one).`);
    }
  }
  const embedded = await deps.loadDataset();
  const authority = findCouncil(embedded, options.council);
  // The years read from --import and --data-file, held over the dataset's own by the Import documents job.
  const imports = await readFetchImports(options, authority, embedded.register, io);
  const dataset = heldWithImports(embedded);
  const records = options.records === undefined ? undefined : await readRecords(options.records, options.recordsSheet, options.recordsColumns);
  if (records) reportRecords(records, io);
  const peerSet = options.peers === undefined ? undefined : await readPeers(options.peers, dataset.register, authority);
  const ownRecords = records && { [authority.gss]: { complaints: records.complaints, source: records.source, problemCount: records.problems.length, notRecorded: records.notRecorded } };

  const renderer = xlsxRenderer(deps.writer, existing);
  let outcome: FetchOutcome;
  try {
    const request = {
      council: authority,
      ...(options.years === undefined ? {} : { years: options.years }),
      ...(peerSet === undefined ? {} : { peerSets: { [authority.gss]: peerSet.map((peer) => peer.gss) } }),
      ...(ownRecords === undefined ? {} : { additions: [(request: CouncilPlanRequest) => ({ ...request, ownRecords })] }),
    };
    const context: JobContext = {
      figures: dataset,
      livePull: options.live,
      figuresOf: async (council) => {
        // All years (not only those asked for): a trend flag looks at the year before the range.
        const fetched = await councilFigures(council, dataset, options.live ? liveOptions(options, council, deps) : {});
        if (fetched.live.state === "used") deps.pageNames?.().remember(council.gss, fetched.live.pageName);
        return fetched;
      },
      renderer,
    };
    ({ fetched: outcome } = await importDocuments({ ...request, ...imports }, context, dataset));
  } catch (error) {
    if (error instanceof NoFiguresError) throw new CliInputError(noFiguresMessage(error));
    if (error instanceof DocumentForAnotherCouncilError) throw new CliInputError(error.message);
    if (error instanceof PlanRequestError) throw new CliInputError(error.message);
    // The file cannot take the plan (a table name used by the analyst's own table, parts the
    // writer would drop): said plainly, the file left as it was.
    if (error instanceof RenderConflictError) throw new CliInputError(`Cannot add to ${options.out}: ${error.message}`);
    if (error instanceof WriteFailure) throw error.cause;
    throw error;
  }
  await writeOutputFile(output.path, renderer.bytes(), options.out);

  const { fetched, planned } = outcome;
  const council = planned.councils.find((entry) => entry.authority.gss === authority.gss);
  const years = council?.years ?? [];
  const flags = council?.flags.length ?? 0;
  const liveYear = fetched.live.state === "used" ? fetched.live.year : undefined;
  const liveNote = liveYear !== undefined && options.years !== undefined && !years.includes(liveYear) ? ` (LGSCO's page holds ${liveYear}, outside the years asked for)` : "";
  io.stdout(
    `Wrote ${options.out}: ${authority.name}, ${years.length} ${years.length === 1 ? "year" : "years"}, ${flags} ${flags === 1 ? "flag" : "flags"}${liveNote}; ` +
      `figures as of ${planned.plan.asOf}.\n`,
  );
  // An `Ombudsman vs records` sheet written before, which this plan (without --records) leaves as it was.
  const staleSheet = ownRecords === undefined ? outcome.before.sheets.reconciliation : undefined;
  const reconciled = recordsSummary(council, options, staleSheet);
  if (reconciled !== undefined) io.stdout(`${reconciled}\n`);
  if (options.live) io.stdout(`${fetched.live.message}${fetched.live.state === "failed" && fetched.live.reason === "not-found" && options.lgscoPage === undefined ? " Give LGSCO's page name with --lgsco-page NAME." : ""}
`);
  for (const note of outcome.notes) io.stdout(`${note}
`);
}

function cacheDirectory(env: Record<string, string | undefined>): string {
  return env.OMBUDSMAN_CACHE_DIR || join(tmpdir(), "ombudsman-scrutiny", "pages");
}

/** The page names that answered, kept beside the page cache (in a folder of their own). */
export function nodePageNames(env: Record<string, string | undefined> = process.env): RememberedPageNames {
  return new RememberedPageNames(new FileStorage(join(cacheDirectory(env), "page-names")));
}

/** The Node client for --live: LGSCO's site (or LGSCO_UPSTREAM_BASE_URL), pages cached for a day on disk. */
export function nodeLiveClient(env: Record<string, string | undefined> = process.env): StatisticsPageFetcher {
  return new LgscoClient({
    baseUrl: env.LGSCO_UPSTREAM_BASE_URL || LGSCO_SITE_BASE_URL,
    cache: new PageCache(new FileStorage(cacheDirectory(env))),
  });
}

export function createFetchCommand(deps: FetchDependencies): Command {
  return {
    summary:
      "Write the workbook Fetch my council writes (key statistics, flags, peers, caseload) to an .xlsx file; with --records, the council's own register beside LGSCO's figures.",
    usage: FETCH_USAGE,
    options: FETCH_OPTIONS,
    notes: FETCH_NOTES,
    run: (io) => runFetch(parseFetchOptions(io.args), deps, io),
  };
}

export default createFetchCommand({
  loadDataset,
  checkReadable: async (existing) => {
    await councilsInXlsx(existing);
  },
  liveClient: () => nodeLiveClient(),
  writer: xlsxWorkbookWriter,
  pageNames: () => nodePageNames(),
});
