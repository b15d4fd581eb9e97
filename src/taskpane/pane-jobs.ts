// The pane's jobs: each asks the workbook (PaneWorkbook, plain data) and reports what happened as
// PaneEvents. One job at a time, its progress shown; every failure becomes a PaneProblem. No
// React here: usePane (use-pane.ts) binds these to a reducer, the tests to a plain store.
import {
  isPaneProblem,
  PaneProblem,
  type CouncilOption,
  type DataTableInput,
  type DataTablesAdded,
  type DataTablesReading,
  type DocumentInput,
  type DocumentReadingRow,
  type PaneFlag,
  type PaneSettings,
  type PaneWorkbook,
  type ProgressListener,
  type WorkbookActivity,
} from "../workbook/pane/pane-api";
import { wantedYears, type JobKind, type PaneEvent, type PaneState } from "./pane-state";
import { yearsToFetch, type YearSelection } from "./year-choice";

/** A job's answer for the section that asked: its value, or the problem to show there. */
export type JobOutcome<T> = { ok: true; value: T } | { ok: false; problem: PaneProblem };

/** A failure as the pane shows it: a PaneProblem as it came, anything else (the workbook code could not even load) said plainly. */
export function asPaneProblem(error: unknown): PaneProblem {
  if (isPaneProblem(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new PaneProblem(
    "Something went wrong",
    `The pane could not finish: ${detail.replace(/\.?$/, ".")} The workbook is as it was.`,
    "Check the connection to the add-in's host and try again; if it happens again, reload the pane.",
  );
}

export interface PaneJobs {
  /** Loads the register, the years held and the saved choice; resolves when done. */
  load(): Promise<void>;
  chooseCouncil(council: CouncilOption): void;
  chooseYears(years: YearSelection): void;
  fetchMyCouncil(): Promise<void>;
  refreshComparisons(): Promise<void>;
  followFlag(flag: PaneFlag): Promise<void>;
  /** Reads letters and statistics pages (one or several) for the council chosen (any council's when none is). */
  readDocuments(inputs: readonly DocumentInput[]): Promise<JobOutcome<DocumentReadingRow[]>>;
  /** Resolves to a problem to show beside the rows, or undefined once added. */
  addDocuments(rows: readonly DocumentReadingRow[]): Promise<PaneProblem | undefined>;
  readDataTables(files: readonly DataTableInput[]): Promise<JobOutcome<DataTablesReading>>;
  addDataTables(reading: DataTablesReading): Promise<JobOutcome<DataTablesAdded>>;
  saveSettings(settings: PaneSettings): Promise<PaneProblem | undefined>;
  /** Hears jobs started from the ribbon; returns the function that stops listening. */
  listen(): () => void;
}

export function paneJobs(workbook: PaneWorkbook, dispatch: (event: PaneEvent) => void, current: () => PaneState): PaneJobs {
  async function runJob<T>(kind: JobKind, work: (onProgress: ProgressListener) => Promise<T>): Promise<JobOutcome<T>> {
    dispatch({ type: "job-started", kind });
    try {
      return { ok: true, value: await work((progress) => dispatch({ type: "job-progress", kind, progress })) };
    } catch (error) {
      return { ok: false, problem: asPaneProblem(error) };
    } finally {
      dispatch({ type: "job-ended" });
    }
  }

  function saveChoice(council: CouncilOption | undefined, selection: YearSelection | undefined): void {
    const span = yearsToFetch(selection, current().yearsHeld);
    void workbook
      .saveChoice({ ...(council ? { council: council.gss } : {}), ...(span.ok && span.years ? { years: span.years } : {}) })
      .catch((error: unknown) => dispatch({ type: "failed", problem: asPaneProblem(error) }));
  }

  const busy = (): boolean => current().job !== undefined;

  return {
    async load() {
      try {
        const [councils, yearsHeld, saved] = await Promise.all([workbook.councils(), workbook.yearsHeld(), workbook.settings()]);
        dispatch({ type: "loaded", councils, yearsHeld, settings: saved.settings, problems: saved.problems });
      } catch (error) {
        dispatch({ type: "load-failed", problem: asPaneProblem(error) });
      }
    },

    chooseCouncil(council) {
      dispatch({ type: "council-chosen", council });
      saveChoice(council, current().years);
    },

    chooseYears(years) {
      dispatch({ type: "years-chosen", years });
      saveChoice(current().selected, years);
    },

    async fetchMyCouncil() {
      const state = current();
      const wanted = wantedYears(state);
      const council = state.selected;
      if (!council || !wanted.ok || busy()) return;
      const outcome = await runJob("fetch", (onProgress) => workbook.fetchCouncil({ gss: council.gss, ...(wanted.years ? { years: wanted.years } : {}) }, onProgress));
      dispatch(outcome.ok ? { type: "fetched", result: outcome.value, via: "fetch" } : { type: "failed", problem: outcome.problem });
    },

    async refreshComparisons() {
      if (busy()) return;
      const outcome = await runJob("refresh", (onProgress) => workbook.refreshComparisons(onProgress));
      dispatch(outcome.ok ? { type: "refreshed", result: outcome.value, fromRibbon: false } : { type: "failed", problem: outcome.problem });
    },

    async followFlag(flag) {
      if (busy()) return;
      // Quick, and the analyst may go on down the list: no ProgressBar, nothing disabled.
      try {
        await workbook.selectFlagRow(flag.council, flag.year);
        dispatch({ type: "row-shown", flag });
      } catch (error) {
        dispatch({ type: "failed", problem: asPaneProblem(error) });
      }
    },

    readDocuments: (inputs) => runJob("read-letter", () => workbook.readDocuments(inputs, current().selected?.gss)),

    async addDocuments(rows) {
      const wanted = wantedYears(current());
      const outcome = await runJob("add-letter", (onProgress) => workbook.addDocuments(rows, { ...(wanted.ok && wanted.years ? { years: wanted.years } : {}) }, onProgress));
      if (!outcome.ok) return outcome.problem;
      dispatch({ type: "fetched", result: outcome.value, via: "import" });
      return undefined;
    },

    readDataTables: (files) => runJob("read-letter", () => workbook.readDataTables(files)),

    async addDataTables(reading) {
      const state = current();
      const wanted = wantedYears(state);
      const choice = { ...(state.selected ? { gss: state.selected.gss } : {}), ...(wanted.ok && wanted.years ? { years: wanted.years } : {}) };
      const outcome = await runJob("add-letter", (onProgress) => workbook.addDataTables(reading, choice, onProgress));
      if (outcome.ok && outcome.value.fetched) dispatch({ type: "fetched", result: outcome.value.fetched, via: "import" });
      return outcome;
    },

    async saveSettings(settings) {
      const outcome = await runJob("save-settings", () => workbook.saveSettings(settings));
      if (!outcome.ok) return outcome.problem;
      dispatch({ type: "settings-saved", settings: outcome.value });
      return undefined;
    },

    listen() {
      return workbook.onActivity((activity: WorkbookActivity) => {
        switch (activity.kind) {
          case "refresh-started":
            dispatch({ type: "job-started", kind: "refresh", fromRibbon: true });
            break;
          case "progress":
            dispatch({ type: "job-progress", kind: "refresh", progress: activity.progress, fromRibbon: true });
            break;
          case "refresh-finished":
            dispatch({ type: "job-ended" });
            dispatch({ type: "refreshed", result: activity.result, fromRibbon: true });
            break;
          case "refresh-failed":
            dispatch({ type: "job-ended" });
            dispatch({ type: "failed", problem: activity.problem });
            break;
        }
      });
    },
  };
}
