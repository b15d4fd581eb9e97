// What the task pane can ask of the workbook, in plain functions and plain data: no Office
// type crosses this line. excel-workbook.ts implements it with Excel.run and the document's
// settings; the pane's tests implement it with a fake. Types only, plus the one error the
// pane shows.
import type { FlagSettings } from "../../domain/flag-settings";
import type { AuthorityType, FlagSeverity, YearFigures } from "../../domain/types";
import type { LivePullStatus } from "../../sources/live/council-figures";
import type { PaneSettings } from "./pane-settings";
import type { CouncilPlanRequest, YearSpan } from "../plan/plan-for-councils";

export type { PaneSettings } from "./pane-settings";
export type { YearSpan } from "../plan/plan-for-councils";
export type { FlagSettings };

/** A council the analyst can choose. */
export interface CouncilOption {
  gss: string;
  /** LGSCO's name: "London Borough of Harrow". */
  name: string;
  /** ONS name: "Harrow". */
  shortName: string;
  type: AuthorityType;
  /** ISO date the council was abolished, for councils that no longer exist. */
  abolished?: string;
}

/** How far a long job has got: `done` of `total` steps, and what it is doing now. */
export interface PaneProgress {
  label: string;
  done: number;
  total: number;
}
export type ProgressListener = (progress: PaneProgress) => void;

/** One flag as the flags panel lists it (what the `OmbudsmanFlags` table holds). */
export interface PaneFlag {
  /** The council's name as written in the sheets. */
  council: string;
  year: string;
  /** The flag id: "compliance-below-100", … */
  id: string;
  severity: FlagSeverity;
  message: string;
  evidence: string;
}

/** Where the figures written for a council came from, one entry per kind of source. */
export interface SourceEntry {
  kind: "live-page" | "letter" | "dataset";
  years: string[];
  /** "LGSCO's statistics page", "harrow-2019-20.pdf", "the embedded dataset". */
  label: string;
  url?: string;
  /** ISO date-time the page was read or the letter imported; for the dataset, its as-of date. */
  when?: string;
  /** For an imported document that is not a letter: "statistics page" or "data table". */
  document?: string;
}

export interface SourcesSummary {
  entries: SourceEntry[];
  /** The live pull: off, used, not used (outside the years), or failed and why. */
  live: {
    state: LivePullStatus["state"];
    message: string;
    /** LGSCO had no page under the names tried: the pane offers its page name field in Settings. */
    pageNotFound?: boolean;
  };
}

/** What Fetch my council (or adding a letter) wrote. */
export interface FetchResult {
  council: CouncilOption;
  /** Years written for this council, oldest first. */
  years: string[];
  /** This council's flags, compliance below 100% first (as LGSCO asks), then by year. */
  flags: PaneFlag[];
  sources: SourcesSummary;
  /** For the analyst: a sheet name that was taken, a renamed sheet found. */
  notes: string[];
  /** Every council now in the workbook's sheets. */
  councilsInWorkbook: string[];
}

/** What Refresh comparisons rewrote. */
export interface RefreshResult {
  /** Names of the councils refreshed, in the sheets' order. */
  councils: string[];
  /** Every council's flags, compliance below 100% first. */
  flags: PaneFlag[];
  /** Per council, where its figures came from. */
  sources: { council: string; sources: SourcesSummary }[];
  notes: string[];
}

/** A letter (PDF or pasted text) to read. */
/** A document to read with others: a file (PDF, HTML or text) or pasted text. */
export type DocumentInput = { kind: "file"; fileName: string; bytes: Uint8Array } | { kind: "text"; text: string };

/** One document as read, a row of the confirmation: its council, years and figures, or its problem. */
export interface DocumentReadingRow {
  /** The file's name, or "pasted text". */
  document: string;
  kind?: "annual-letter" | "statistics-page";
  council?: CouncilOption;
  /** One record per year it holds, each citing the document; empty when there is a problem. */
  years: YearFigures[];
  /** Where its rates disagree with its own counts, in words. */
  warnings: string[];
  /** Why it cannot be added (another council, unreadable), naming it; absent when it can. */
  problem?: string;
}

/** A file of LGSCO's data tables (CSV, XLSX or Excel's Unicode Text). */
export interface DataTableInput {
  fileName: string;
  bytes: Uint8Array;
}

/** What LGSCO's data tables gave, shown before anything is kept. */
export interface DataTablesReading {
  files: string[];
  /** Every council-year read, each citing its table. */
  figures: YearFigures[];
  councils: number;
  years: string[];
  /** Header rows, columns used and not, rows not taken (by council), in sentences. */
  report: string[];
}

/** What adding data tables did: the councils kept, and the chosen council written when it is among them. */
export interface DataTablesAdded {
  councils: number;
  years: string[];
  fetched?: FetchResult;
  /** False when the figures could not be kept in the workbook's settings (they are in use until it closes). */
  kept: boolean;
}

/** Something more the plan is built from (the council's own records, issue 6), applied to the request. */
export type PlanAddition = (request: CouncilPlanRequest) => CouncilPlanRequest;

export interface FetchChoice {
  gss: string;
  /** Inclusive; every year held when absent. */
  years?: YearSpan;
  planAdditions?: readonly PlanAddition[];
}

/** A job started outside the pane (the ribbon's Refresh comparisons), for a pane that is open. */
export type WorkbookActivity =
  | { kind: "refresh-started" }
  | { kind: "progress"; progress: PaneProgress }
  | { kind: "refresh-finished"; result: RefreshResult }
  | { kind: "refresh-failed"; problem: PaneProblem };

/** Build committee pack (issue 14): one council, one LGSCO year (the latest held when absent). */
export interface PackChoice {
  gss: string;
  year?: string;
}

/** What Build committee pack wrote. */
export interface PackResult {
  council: string;
  year: string;
  /** The Pack sheets, as named in the workbook. */
  sheets: string[];
  /** Whether the council's linked register filled the register's tables. */
  withRegister: boolean;
  /** How to get the Word report: the pane cannot save a file in every host, the CLI can. */
  wordReport: string;
  notes: string[];
}

export interface PaneWorkbook {
  /** The register, for the picker. */
  councils(): Promise<CouncilOption[]>;
  /** Years the embedded figures cover, oldest first. */
  yearsHeld(): Promise<string[]>;
  /** The settings saved in the workbook, and any saved value that could not be used. */
  settings(): Promise<{ settings: PaneSettings; problems: string[] }>;
  /** Saves settings in the workbook (and gives the =LGSCO.* formulas the new thresholds). */
  saveSettings(settings: PaneSettings): Promise<PaneSettings>;
  /** Saves the picker's choice in the workbook. */
  saveChoice(choice: { council?: string; years?: YearSpan }): Promise<void>;
  fetchCouncil(choice: FetchChoice, onProgress?: ProgressListener): Promise<FetchResult>;
  refreshComparisons(onProgress?: ProgressListener): Promise<RefreshResult>;
  /** Shows the flag's row (council and year) of `OmbudsmanKeyStats` selected in its sheet. */
  selectFlagRow(council: string, year: string): Promise<void>;
  /** Reads several documents for confirmation; with `council` (a GSS code), one for another council is refused. */
  readDocuments(inputs: readonly DocumentInput[], council?: string): Promise<DocumentReadingRow[]>;
  /** Keeps the usable rows' years and writes their council into the sheets. */
  addDocuments(rows: readonly DocumentReadingRow[], choice: { years?: YearSpan }, onProgress?: ProgressListener): Promise<FetchResult>;
  readDataTables(files: readonly DataTableInput[]): Promise<DataTablesReading>;
  /** Keeps every council's figures read (the store, the workbook); writes `choice.gss` when it is among them. */
  addDataTables(reading: DataTablesReading, choice: { gss?: string; years?: YearSpan }, onProgress?: ProgressListener): Promise<DataTablesAdded>;
  /** Writes the committee pack's Pack sheets (one read and one write); absent where it is not offered. */
  buildCommitteePack?(choice: PackChoice): Promise<PackResult>;
  /** Hears of jobs started outside the pane; returns the function that stops listening. */
  onActivity(listener: (activity: WorkbookActivity) => void): () => void;
}

/** Something went wrong: what happened, and what the analyst can do. The workbook is as it was. */
export class PaneProblem extends Error {
  override readonly name = "PaneProblem";
  constructor(
    readonly title: string,
    readonly whatHappened: string,
    readonly whatToDo: string,
    /** "warning" for a request that cannot be done yet (nothing to refresh), not a failure. */
    readonly severity: "error" | "warning" = "error",
  ) {
    super(`${whatHappened} ${whatToDo}`);
  }
}

export function isPaneProblem(error: unknown): error is PaneProblem {
  return error instanceof PaneProblem;
}
