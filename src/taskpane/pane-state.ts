// The pane's state and how each event changes it: the council list, the choice, the running job,
// the status line, the flags and the sources. Pure, so the pane's behaviour is tested without
// rendering; pane-jobs.ts turns the workbook's answers into these events.
import type { CouncilOption, FetchResult, PaneFlag, PaneProblem, PaneProgress, PaneSettings, RefreshResult, SourcesSummary } from "../workbook/pane/pane-api";
import type { PaneEnvironment } from "./environment";
import { fetchedStatus, problemStatus, refreshedStatus, rowShownStatus, startingStatus, type PaneStatus } from "./status";
import { initialYears, yearsToFetch, type YearSelection, type YearsToFetch } from "./year-choice";

export type JobKind = "fetch" | "refresh" | "read-letter" | "add-letter" | "save-settings";

export interface RunningJob {
  kind: JobKind;
  progress?: PaneProgress;
  fromRibbon?: boolean;
}

export interface ShownFlags {
  /** The council the list is about; undefined when it lists every council refreshed. */
  council: string | undefined;
  list: PaneFlag[];
  selected?: PaneFlag;
}

export interface PaneState {
  /** Undefined while the register loads (in Excel); empty outside Excel or after a failed load. */
  councils: CouncilOption[] | undefined;
  loadProblem?: string;
  yearsHeld: string[];
  settings?: PaneSettings;
  selected?: CouncilOption;
  years?: YearSelection;
  job?: RunningJob;
  status: PaneStatus;
  flags?: ShownFlags;
  sources?: { council: string; summary: SourcesSummary };
}

export type PaneEvent =
  | { type: "loaded"; councils: CouncilOption[]; yearsHeld: string[]; settings: PaneSettings; problems: string[] }
  | { type: "load-failed"; problem: PaneProblem }
  | { type: "council-chosen"; council: CouncilOption }
  | { type: "years-chosen"; years: YearSelection }
  | { type: "job-started"; kind: JobKind; fromRibbon?: boolean }
  | { type: "job-progress"; kind: JobKind; progress: PaneProgress; fromRibbon?: boolean }
  | { type: "job-ended" }
  | { type: "fetched"; result: FetchResult; via: "fetch" | "import" }
  | { type: "refreshed"; result: RefreshResult; fromRibbon: boolean }
  | { type: "failed"; problem: PaneProblem }
  | { type: "row-shown"; flag: PaneFlag }
  | { type: "settings-saved"; settings: PaneSettings };

export function initialPaneState(environment: PaneEnvironment, inExcel: boolean): PaneState {
  return { councils: inExcel ? undefined : [], yearsHeld: [], status: startingStatus(environment) };
}

function chosenStatus(council: CouncilOption, fromWorkbook: boolean): PaneStatus {
  return {
    intent: "info",
    title: `${council.name} is chosen`,
    message: fromWorkbook
      ? "Your council from this workbook. Fetch my council writes its statistics; Refresh comparisons updates every council already in the sheets."
      : "Fetch my council writes its statistics into this workbook; Refresh comparisons updates every council already in the sheets.",
  };
}

/** Whether the status line still only says what to do first (choose, or which council is chosen). */
function statusIsAHint(status: PaneStatus): boolean {
  return status.intent === "info" && (status.title === "Choose your council" || status.title.endsWith(" is chosen"));
}

export function paneReducer(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case "loaded": {
      const selected = event.councils.find((council) => council.gss === event.settings.council);
      const years = initialYears(event.yearsHeld, event.settings.years);
      const status: PaneStatus =
        event.problems.length > 0
          ? { intent: "warning", title: "Some saved settings were reset", message: event.problems.join(" "), action: "Check the council, years and Settings, then save them again." }
          : selected
            ? chosenStatus(selected, true)
            : state.status;
      return { ...state, councils: event.councils, yearsHeld: event.yearsHeld, settings: event.settings, ...(selected ? { selected } : {}), ...(years ? { years } : {}), status };
    }
    case "load-failed":
      return { ...state, councils: [], loadProblem: "The list of councils could not be loaded.", status: problemStatus(event.problem) };
    case "council-chosen":
      // "Choose your council" goes once one is chosen; a job's outcome or a problem stays until the next job.
      return {
        ...state,
        selected: event.council,
        // The choice is saved in the workbook too: Save settings must not put back the council before.
        ...(state.settings ? { settings: { ...state.settings, council: event.council.gss } } : {}),
        status: statusIsAHint(state.status) ? chosenStatus(event.council, false) : state.status,
      };
    case "years-chosen":
      return { ...state, years: event.years };
    case "job-started":
      return { ...state, job: { kind: event.kind, ...(event.fromRibbon ? { fromRibbon: true } : {}) } };
    case "job-progress":
      return { ...state, job: { kind: event.kind, progress: event.progress, ...(event.fromRibbon ? { fromRibbon: true } : {}) } };
    case "job-ended": {
      const { job: _ended, ...rest } = state;
      return rest;
    }
    case "fetched": {
      const { result } = event;
      const council = state.councils?.find((candidate) => candidate.gss === result.council.gss) ?? (event.via === "import" ? result.council : state.selected);
      return {
        ...state,
        ...(council ? { selected: council } : {}),
        status: fetchedStatus(result, event.via),
        flags: { council: result.council.name, list: result.flags },
        sources: { council: result.council.name, summary: result.sources },
      };
    }
    case "refreshed": {
      const { result } = event;
      const chosen = state.selected && result.councils.includes(state.selected.name) ? state.selected.name : undefined;
      const entry = result.sources.find((candidate) => candidate.council === chosen) ?? result.sources[0];
      const { sources: _previous, ...rest } = state;
      return {
        ...rest,
        status: refreshedStatus(result, event.fromRibbon),
        flags: { council: chosen, list: chosen ? result.flags.filter((flag) => flag.council === chosen) : result.flags },
        ...(entry ? { sources: { council: entry.council, summary: entry.sources } } : {}),
      };
    }
    case "failed":
      return { ...state, status: problemStatus(event.problem) };
    case "row-shown":
      return { ...state, status: rowShownStatus(event.flag), ...(state.flags ? { flags: { ...state.flags, selected: event.flag } } : {}) };
    case "settings-saved":
      return { ...state, settings: event.settings };
  }
}

/** What Fetch would ask for with the years chosen now. */
export function wantedYears(state: PaneState): YearsToFetch {
  return yearsToFetch(state.years, state.yearsHeld);
}

export interface PaneStore {
  state(): PaneState;
  dispatch(event: PaneEvent): void;
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}

/** The state held outside React (read by usePane through useSyncExternalStore), so a job reads what is current. */
export function paneStore(initial: PaneState): PaneStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    state: () => state,
    dispatch(event) {
      state = paneReducer(state, event);
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
