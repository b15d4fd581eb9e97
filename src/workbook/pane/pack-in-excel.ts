// Build committee pack in Excel (issue 14): the pack's plan from the figures store and the
// council's linked register, written by the Office renderer in one read and one write. The Word
// report is the CLI's (`cli pack … --docx`): the pane says how to get it.
import type { OwnRecords } from "../plan/plan-input";
import type { FiguresStore } from "../../sources/figures-store";
import type { HandlingColumns } from "../../domain/complaint-handling";
import type { OwnComplaint } from "../../domain/own-records";
import { buildCommitteePack } from "../../application/build-committee-pack";
import type { FiguresHeld } from "../../application/ports";
import { officePlanRenderer, type ExcelRun } from "../office/office-renderer";
import type { PackRegister } from "../plan/pack/pack-input";
import { describeProblem } from "./describe-problem";
import {
  PaneProblem,
  type PackChoice,
  type PackResult,
  type PlanAddition,
} from "./pane-api";

export interface PackInExcelDependencies {
  run: ExcelRun;
  store: () => Promise<FiguresStore>;
  /** The council's linked register (as Fetch is given it), when there is one. */
  records?: (gss: string) => Promise<OwnRecords | undefined>;
}

/**
 * The register's optional columns as its complaints show them: a register linked in the pane is
 * read for the reconciliation, whose mapping the pack does not see, so a column counts as there
 * when any complaint has a value in it.
 */
export function columnsShown(
  complaints: readonly OwnComplaint[],
  notRecorded: OwnRecords["notRecorded"],
): HandlingColumns {
  const any = (test: (complaint: OwnComplaint) => boolean) =>
    complaints.some(test);
  return {
    stage: !(notRecorded ?? []).includes("Stage 2"),
    service: any((c) => c.service !== undefined),
    dateAcknowledged: any((c) =>
      (c.handling ?? []).some((h) => h.acknowledged !== undefined),
    ),
    dateResponded: any((c) =>
      (c.handling ?? []).some((h) => h.responded !== undefined),
    ),
    internalOutcome: any((c) => c.internalOutcome !== undefined),
    reasonNotAccepted: any((c) => c.reasonNotAccepted !== undefined),
    lgsco: true,
  };
}

/** The council's register as the plan additions (the linked register) give it to Fetch. */
export function ownRecordsFrom(
  additions: readonly PlanAddition[],
  gss: string,
): OwnRecords | undefined {
  const empty = {
    councils: [],
    held: [],
    similarAverages: () => undefined,
    register: [],
    asOf: "",
  };
  return additions.reduce(
    (request, addition) => addition(request),
    empty as Parameters<PlanAddition>[0],
  ).ownRecords?.[gss];
}

function packRegister(records: OwnRecords): PackRegister {
  return {
    complaints: records.complaints,
    source: records.source,
    columns: columnsShown(records.complaints, records.notRecorded),
    notRecorded: [...(records.notRecorded ?? [])],
  };
}

export async function buildPackInExcel(
  deps: PackInExcelDependencies,
  choice: PackChoice,
): Promise<PackResult> {
  const store = await deps.store();
  const council = store.register.get(choice.gss);
  if (council === undefined)
    throw new PaneProblem(
      "The committee pack was not built",
      `No council with the code ${choice.gss} is in the register.`,
      "Choose the council again.",
    );
  const records = await deps.records?.(council.gss);
  const figures: FiguresHeld = {
    register: store.register,
    asOf: store.datasetAsOf,
    figuresFor: (gss) => store.councilYears(gss),
    similarAverages: (type, year) => store.similarAverages(type, year),
  };
  try {
    const { pack, notes } = await buildCommitteePack(
      figures,
      officePlanRenderer(deps.run),
      {
        council,
        ...(choice.year === undefined ? {} : { year: choice.year }),
        ...(records === undefined ? {} : { records: packRegister(records) }),
      },
    );
    return {
      council: pack.council,
      year: pack.year,
      sheets: pack.plan.sheets.map((sheet) => sheet.name),
      withRegister: records !== undefined,
      wordReport: `For the Word report, run: npm run -s cli -- pack "${council.shortName}" --year ${pack.year} --out pack.xlsx --docx pack.docx`,
      notes,
    };
  } catch (error) {
    throw describeProblem(error, "pack");
  }
}
