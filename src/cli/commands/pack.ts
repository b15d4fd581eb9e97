// `pack COUNCIL --out FILE.xlsx [--year 2024-25] [--docx FILE.docx] [--records R.xlsx …]`: the
// committee pack (issue 14) as `Pack …` sheets, written into a new workbook or refreshed in one
// written before (what the analyst typed in the self-assessment and improvements kept), and as a
// Word report. Everything is worked out before a file is touched; each file is written whole.
import { basename } from "node:path";
import type { Authority } from "../../domain/types";
import { loadDataset, type Dataset } from "../../sources/dataset/dataset";
import {
  describeMapping,
  PACK_REQUIRED_FIELDS,
  RegisterReadError,
} from "../../sources/records/complaints-register";
import { handlingColumns } from "../../sources/records/handling-columns";
import {
  readRegisterFile,
  type RegisterFromFile,
} from "../../sources/records/register-file";
import { TableFileError } from "../../sources/tables/table-file-error";
import { packToDocx } from "../../workbook/docx/pack-docx";
import type { PackRegister } from "../../workbook/plan/pack/pack-input";
import type { PackPlan } from "../../workbook/plan/pack/pack-plan";
import { buildCommitteePack } from "../../application/build-committee-pack";
import { readFetchImports } from "./fetch-imports";
import { heldWithImports, yearsImported } from "../../application/import-documents";
import type { PlanRenderer } from "../../application/ports";
import { PlanRequestError } from "../../workbook/plan/plan-for-councils";
import { RenderConflictError } from "../../workbook/rendering/render-targets";
import {
  councilsInXlsx,
  renderPlanToXlsx,
} from "../../workbook/xlsx/xlsx-renderer";
import { CliInputError } from "../cli-error";
import type { Command, CommandIO } from "../command";
import { readInputFile } from "../read-input-file";
import { writeOutputFile } from "../write-output-file";
import { checkOutputPath } from "./fetch";
import { readPeers } from "./fetch-peers-and-pages";
import { PACK_OPTIONS } from "./pack-help";
import { PACK_USAGE, parsePackOptions, type PackOptions } from "./pack-options";

function findCouncil(dataset: Dataset, query: string): Authority {
  const found = dataset.register.lookup(query);
  if (found.kind === "found") return found.authority;
  throw new CliInputError(found.message);
}

async function readRecords(
  options: PackOptions,
  io: CommandIO,
): Promise<PackRegister> {
  const path = options.records!;
  let records: RegisterFromFile;
  try {
    records = await readRegisterFile(
      await readInputFile(path, "the register"),
      path,
      options.recordsSheet,
      {
        required: PACK_REQUIRED_FIELDS,
        columns: options.recordsColumns,
      },
    );
  } catch (error) {
    if (error instanceof TableFileError)
      throw new CliInputError(`--records: ${error.message}`);
    if (error instanceof RegisterReadError)
      throw new CliInputError(`--records ${basename(path)}: ${error.message}`);
    throw error;
  }
  io.stderr(
    `Register ${records.source}: columns found by their headers (correct one with --records-column MEASURE=HEADER):\n`,
  );
  for (const line of describeMapping(records.mapping)) io.stderr(`  ${line}\n`);
  io.stderr(
    `Read ${records.complaints.length} complaints; ${records.problems.length} problems.\n`,
  );
  for (const problem of records.problems.slice(0, 20))
    io.stderr(`  ${problem.message}\n`);
  return {
    complaints: records.complaints,
    source: records.source,
    columns: handlingColumns(records.mapping),
    notRecorded: records.notRecorded,
  };
}

export async function runPack(
  options: PackOptions,
  io: CommandIO,
): Promise<void> {
  const output = await checkOutputPath(options.out);
  const docxOutput =
    options.docx === undefined
      ? undefined
      : await checkOutputPath(options.docx);
  const existing = output.exists
    ? await readInputFile(options.out, "the workbook")
    : undefined;
  if (existing !== undefined) {
    try {
      await councilsInXlsx(existing);
    } catch {
      throw new CliInputError(
        `Cannot add to ${options.out}: it is not an .xlsx workbook that can be opened (write to a new file, or fix that one).`,
      );
    }
  }
  const embedded = await loadDataset();
  const council = findCouncil(embedded, options.council);
  // The council's letters, saved pages and LGSCO's data tables over the years held, as fetch reads them.
  const figures = heldWithImports(embedded);
  figures.hold(yearsImported(await readFetchImports(options, council, embedded.register, io)));
  const records =
    options.records === undefined ? undefined : await readRecords(options, io);
  const peers =
    options.peers === undefined
      ? undefined
      : await readPeers(options.peers, embedded.register, council);
  let bytes: Uint8Array | undefined;
  // exceljs works on the file in memory: the plan is made at once, the bytes kept to save.
  const renderer: PlanRenderer = {
    async render(planFor) {
      const written = await renderPlanToXlsx((state) => {
        const plan = planFor(state);
        if (plan instanceof Promise)
          throw new Error("The .xlsx writer takes a plan made at once.");
        return plan;
      }, existing);
      bytes = written.bytes;
      return { notes: written.report.notes };
    },
  };
  let pack: PackPlan;
  try {
    ({ pack } = await buildCommitteePack(figures, renderer, {
      council,
      ...(options.year === undefined ? {} : { year: options.year }),
      ...(records === undefined ? {} : { records }),
      ...(peers === undefined
        ? {}
        : { peerSet: peers.map((peer) => peer.gss) }),
    }));
  } catch (error) {
    if (error instanceof PlanRequestError)
      throw new CliInputError(error.message);
    if (error instanceof RenderConflictError)
      throw new CliInputError(`Cannot add to ${options.out}: ${error.message}`);
    throw error;
  }
  if (bytes === undefined)
    throw new Error("The workbook writer wrote nothing.");
  const docx =
    docxOutput === undefined
      ? undefined
      : await packToDocx(pack.plan, { council: pack.council, year: pack.year });
  await writeOutputFile(output.path, bytes, options.out);
  io.stdout(
    `Wrote ${options.out}: the ${pack.year} committee pack for ${pack.council}, ${pack.plan.sheets.length} Pack sheets; figures as of ${pack.plan.asOf}.\n`,
  );
  if (docxOutput !== undefined && docx !== undefined) {
    await writeOutputFile(docxOutput.path, docx, options.docx!);
    io.stdout(`Wrote ${options.docx}: the same report as a Word document.\n`);
  }
}

const packCommand: Command = {
  summary:
    "Write the committee pack (annual complaints report for scrutiny) as Pack sheets in an .xlsx file, and with --docx as a Word report.",
  usage: PACK_USAGE,
  options: PACK_OPTIONS,
  run: (io) => runPack(parsePackOptions(io.args), io),
};

export default packCommand;
