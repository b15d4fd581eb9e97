// What the pane's "Link the register" section and the Fetch/Refresh flow ask of the workbook
// about the council's own complaints register, in plain functions and plain data: pick it (the
// selection, or a table), check a mapping against it, keep the link in the workbook's settings,
// and read the linked register for the plan. No Office type crosses this line; every failure is
// a PaneProblem saying what happened and what to do. The register is only ever read.
import {
  detectRegisterColumns,
  readRegister,
  RegisterReadError,
  type RegisterDetection,
  type RegisterMapping,
  type RegisterProblem,
} from "../../sources/records/complaints-register";
import { checkRegister, linkRegister, type RegisterCheck } from "../../application/link-register";
import type { Cell } from "../../sources/tables/cells";
import { listRegisterTables, readSelectedRegister, RegisterPlaceError, type RegisterCells, type RegisterTableChoice } from "./office-register";
import type { ExcelRun } from "../office/office-renderer";
import { PaneProblem, type PlanAddition } from "./pane-api";
import type { OwnRecords } from "../plan/plan-input";
import { saveDocumentSettings } from "./office-settings";
import { describePlace, readRegisterLink, REGISTER_LINK_KEY, registerLinkValue, type RegisterLink, type RegisterPlace } from "./register-link";
import { runInExcel } from "../office/excel-run";
import { mappedColumns, readRegisterColumns } from "./office-register-columns";

export type { RegisterTableChoice } from "./office-register";
export type { RegisterLink, RegisterPlace } from "./register-link";
export type { RegisterCheck } from "../../application/link-register";

/** The part of Office's document settings the link uses (the in-memory host's settings fit it too). */
export interface LinkSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } }) => void): void;
}

/** A register picked in the workbook, with the columns found in it, for the analyst to confirm. */
export interface RegisterPick {
  place: RegisterPlace;
  /** The place in words, with the cells read: `the table "Complaints" (Register!A4:L120)`. */
  where: string;
  cells: Cell[][];
  detection: RegisterDetection;
}

/** The linked register, read for the plan. */
export interface LinkedRegister {
  link: RegisterLink;
  where: string;
  records: OwnRecords;
  problems: RegisterProblem[];
}

export interface RegisterWorkbook {
  /** Tables that may hold the register (the add-in's own left out). */
  tables(): Promise<RegisterTableChoice[]>;
  /** The selected cells: the header row at the top of the selection, or a whole sheet for one cell. */
  pickSelection(): Promise<RegisterPick>;
  pickTable(name: string): Promise<RegisterPick>;
  /** Reads the picked register with `mapping`; a PaneProblem names a required column it lacks. */
  check(pick: RegisterPick, mapping: RegisterMapping): RegisterCheck;
  /** The link kept in this workbook, and why a kept one could not be used. */
  savedLink(): { link?: RegisterLink; problem?: string };
  /** Where a link points, in the analyst's words. */
  describe(link: RegisterLink): string;
  /** Link the register job: the picked register read with `mapping` (a PaneProblem names a missing column), then the link kept. */
  link(pick: RegisterPick, mapping: RegisterMapping, council: { gss: string; name: string }): Promise<RegisterLink>;
  unlink(): Promise<void>;
  /** The linked register read now (one sync), or undefined when none is linked. */
  readLinked(): Promise<LinkedRegister | undefined>;
}

const TITLE = "The register could not be read";

function where(read: RegisterCells): string {
  const address = `${read.sheet}!${read.address}`;
  return read.place.kind === "table" ? `${describePlace(read.place)} (${address})` : `the sheet "${read.sheet}", ${read.address}`;
}

/** Whatever went wrong with the register, as the pane says it. */
export function registerProblem(error: unknown, title = TITLE): PaneProblem {
  if (error instanceof PaneProblem) return error;
  if (error instanceof RegisterPlaceError) {
    const todo: Record<RegisterPlaceError["problem"], string> = {
      "not-found": "Link the register again (its table, or its header row), or unlink it.",
      empty: "Select the register's header row (or the whole register), or pick its table, and try again.",
      "add-in-sheet": "Go to the sheet that holds your complaints register, select its header row and try again.",
      unreadable: "Try again; if it happens again, pick the register's table instead.",
    };
    return new PaneProblem(title, `${error.message} The workbook is as it was.`, todo[error.problem]);
  }
  if (error instanceof RegisterReadError) {
    return new PaneProblem(title, `${error.message} The workbook is as it was.`, "Check the register's header row, then link the register again and confirm its columns.");
  }
  const text = error instanceof Error ? error.message : String(error);
  return new PaneProblem(title, `${text} The workbook is as it was.`, "Try again; if it happens again, unlink the register and link it again.");
}

/** Through the one settings adapter, so a link saved while the pane saves its settings waits its turn. */
function saveSettings(settings: LinkSettings, change: (settings: LinkSettings) => void): Promise<void> {
  return saveDocumentSettings(settings, (document) => change(document as LinkSettings)).catch((error: unknown) => {
    throw new PaneProblem("The link was not saved", error instanceof Error ? error.message : "Excel did not save the workbook's settings.", "Try again.");
  });
}

/** The council's register beside its published figures: what Fetch and Refresh add to the plan. */
export function ownRecordsAddition(linked: LinkedRegister): PlanAddition {
  return (request) => ({ ...request, ownRecords: { ...request.ownRecords, [linked.link.council]: linked.records } });
}

export function createRegisterWorkbook(deps: { run: ExcelRun; settings: LinkSettings }): RegisterWorkbook {
  const picked = (read: RegisterCells): RegisterPick => ({ place: read.place, where: where(read), cells: read.cells, detection: detectRegisterColumns(read.cells) });
  const savedLink = (): { link?: RegisterLink; problem?: string } => {
    try {
      return readRegisterLink(deps.settings.get(REGISTER_LINK_KEY));
    } catch {
      return { problem: "The link to your complaints register could not be read from this workbook's settings; link the register again." };
    }
  };

  return {
    async tables() {
      try {
        return await deps.run((context) => listRegisterTables(context));
      } catch (error) {
        throw registerProblem(error, "The workbook's tables could not be listed");
      }
    },
    async pickSelection() {
      try {
        return picked(await deps.run((context) => readSelectedRegister(context)));
      } catch (error) {
        throw registerProblem(error);
      }
    },
    async pickTable(name) {
      try {
        return picked(await deps.run((context) => readRegisterColumns(context, { kind: "table", table: name }, "all")));
      } catch (error) {
        throw registerProblem(error);
      }
    },
    check(pick, mapping) {
      try {
        return checkRegister(pick.cells, mapping);
      } catch (error) {
        throw registerProblem(error, "The register cannot be read with these columns");
      }
    },
    savedLink,
    describe: (link) => describePlace(link.place),
    async link(pick, mapping, council) {
      let linked: RegisterLink;
      try {
        ({ link: linked } = await linkRegister({ council, place: pick.place, cells: pick.cells, mapping }, (link) =>
          saveSettings(deps.settings, (settings) => settings.set(REGISTER_LINK_KEY, registerLinkValue(link))),
        ));
      } catch (error) {
        throw registerProblem(error, "The register was not linked");
      }
      return linked;
    },
    async unlink() {
      await saveSettings(deps.settings, (settings) => settings.remove(REGISTER_LINK_KEY));
    },
    async readLinked() {
      const { link } = savedLink();
      if (!link) return undefined;
      try {
        const read = await deps.run((context) => readRegisterColumns(context, link.place, mappedColumns(link.mapping)));
        const { complaints, problems, notRecorded } = readRegister(read.cells, link.mapping);
        const place = where(read);
        return { link, where: place, records: { complaints, source: `${place} in this workbook`, problemCount: problems.length, notRecorded }, problems };
      } catch (error) {
        throw registerProblem(error, "Your linked register could not be read");
      }
    },
  };
}

let officeRegister: RegisterWorkbook | undefined;

/** The register API of this page, on Excel and the open document's settings. Call once Office is ready. */
export function officeRegisterWorkbook(): RegisterWorkbook {
  officeRegister ??= createRegisterWorkbook({ run: runInExcel, settings: Office.context.document.settings as unknown as LinkSettings });
  return officeRegister;
}

/** What every Fetch and Refresh adds to the plan: the linked register, read when the job starts (one sync). */
export async function linkedRegisterPlanInputs(register: RegisterWorkbook = officeRegisterWorkbook()): Promise<PlanAddition[]> {
  const linked = await register.readLinked();
  return linked === undefined ? [] : [ownRecordsAddition(linked)];
}
