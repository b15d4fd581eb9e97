// The workbook as the task pane (and the ribbon's Refresh comparisons) uses it: Fetch my council,
// Refresh comparisons, follow a flag to its row, import letters, pages and data tables, keep the
// settings. It runs the jobs (src/application) on this workbook (pane-job-context.ts gives them
// their ports) and hands the pane plain data and PaneProblems. With the renderer and office-settings.ts, the
// only code that calls Excel.run. Loaded by the pane with import(), so none of this is in the
// pane's first script.
import type { FiguresStore } from "../../sources/figures-store";
import type { StatisticsPageFetcher } from "../../sources/live/council-figures";
import type { PdfJsModule } from "../../sources/documents/pdf-text";
import type { Authority, YearFigures } from "../../domain/types";
import { resolveFlagSettings } from "../../domain/flag-settings";
import { describeProblem, type PaneJob } from "./describe-problem";
import { loadPaneSettings, savePaneSettings, type DocumentSettings } from "./office-settings";
import { importedIntoWorkbook, paneJobContext, registerPartOf, type PaneJobPorts } from "./pane-job-context";
import type { ExcelRun } from "../office/office-renderer";
import { fetchMyCouncil, type FetchOutcome } from "../../application/fetch-my-council";
import { refreshComparisons as refreshJob, type RefreshOutcome } from "../../application/refresh-comparisons";
import { holdDataTables as holdImported, importDocuments, type ImportRequest } from "../../application/import-documents";
import {
  PaneProblem,
  type FetchChoice,
  type FetchResult,
  type PaneWorkbook,
  type PlanAddition,
  type ProgressListener,
  type RefreshResult,
  type SourcesSummary,
  type WorkbookActivity,
  type YearSpan,
} from "./pane-api";
import { checkHostUrl, servedByHost, withAnalystChoices, type PaneSettings } from "./pane-settings";
import { inYearSpan } from "../plan/plan-for-councils";
import { councilOption, paneFlags } from "./pane-results";
import { selectFlagRowInExcel } from "./office-flag-row";
import { paneLiveStatus, summariseSources } from "./sources-summary";
import { giveWorkbookState, sameFlagSettings } from "./workbook-state";
import { bulkImportJobs } from "./bulk-imports";
import { buildPackInExcel, ownRecordsFrom } from "./pack-in-excel";

export interface ExcelWorkbookDependencies {
  run: ExcelRun;
  documentSettings: DocumentSettings;
  /** The page's figures store, shared with the =LGSCO.* functions. */
  store: () => Promise<FiguresStore>;
  /** The embedded dataset's years (loadDataset().years()). */
  yearsHeld: () => Promise<string[]>;
  /** A client for LGSCO's pages through the add-in's host at `baseUrl`. */
  liveClient: (baseUrl: string) => StatisticsPageFetcher;
  /** The pane's own address, to find its host's relay. */
  pageUrl: string;
  /** pdfjs for PDF letters; Node's legacy build when absent. */
  pdfjs?: () => Promise<PdfJsModule>;
  now?: () => Date;
  /**
   * The council's own register beside its figures (the linked register), read when each Fetch
   * and Refresh starts; a failure stops the job with its problem before anything is written.
   */
  ownRecords?: () => Promise<readonly PlanAddition[]>;
}

const sameSettings = sameFlagSettings;

/** What a job imports with its Fetch: the council's own documents, LGSCO's data tables. */
type Imports = Pick<ImportRequest, "documents" | "dataTables">;

/** The pane's FetchResult: whether imports were kept is said in its notes. */
const withoutKept = ({ kept: _kept, ...result }: FetchResult & { kept: boolean }): FetchResult => result;

const NOT_KEPT = "The imported figures are in the sheets, but could not be kept in the workbook's settings: import them again after reopening.";

/** The pane's workbook, plus the ribbon command's way to tell an open pane what it is doing. */
export interface ExcelWorkbook extends PaneWorkbook {
  announce(activity: WorkbookActivity): void;
}

export function createExcelWorkbook(deps: ExcelWorkbookDependencies): ExcelWorkbook {
  const now = deps.now ?? (() => new Date());
  const listeners = new Set<(activity: WorkbookActivity) => void>();
  let saved: { settings: PaneSettings; problems: string[] } | undefined;
  let storeOpening: Promise<FiguresStore> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const current = (): PaneSettings => {
    // Served by the add-in's host, the live pull is on unless the analyst turned it off.
    saved ??= loadPaneSettings(deps.documentSettings, { servedByHost: servedByHost(deps.pageUrl), pageUrl: deps.pageUrl });
    return saved.settings;
  };

  const ports: PaneJobPorts = { run: deps.run, liveClient: deps.liveClient, pageUrl: deps.pageUrl, current, saveSettings: (next) => saveSettings(next) };
  const jobContext = (store: FiguresStore, progress: ProgressListener) => paneJobContext(store, ports, progress);
  const importedInto = (store: FiguresStore) => importedIntoWorkbook(store, ports);
  const providedAdditions = async (given: readonly PlanAddition[] = []): Promise<PlanAddition[]> => [...given, ...((await deps.ownRecords?.()) ?? [])];
  const registerPart = (given: readonly PlanAddition[] = []) => registerPartOf(() => providedAdditions(given), given);

  /** One job at a time: a ribbon Refresh waits for the pane's Fetch, and the other way round. */
  function exclusive<T>(job: () => Promise<T>): Promise<T> {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  }

  /** The shared store, with this workbook's letters and thresholds given to it once. */
  function openStore(): Promise<FiguresStore> {
    storeOpening ??= deps.store().then((store) => {
      // The functions may have given it already (workbook-state.ts gives once per store).
      const { problems } = giveWorkbookState(store, current());
      saved?.problems.push(...problems.filter((problem) => !saved?.problems.includes(problem)));
      return store;
    });
    storeOpening.catch(() => (storeOpening = undefined));
    return storeOpening;
  }

  async function saveSettings(next: PaneSettings): Promise<PaneSettings> {
    const checked: PaneSettings = {
      ...withAnalystChoices(current(), next),
      hostUrl: checkHostUrl(next.hostUrl, deps.pageUrl),
      flagSettings: resolveFlagSettings({ ...next.flagSettings }),
      letters: [...next.letters],
    };
    await savePaneSettings(deps.documentSettings, checked);
    saved = { settings: checked, problems: [] };
    if (storeOpening !== undefined) {
      const store = await openStore();
      if (!sameSettings(store.flagSettings, checked.flagSettings)) store.setFlagSettings(checked.flagSettings);
    }
    return checked;
  }

  function sourcesOf(store: FiguresStore, authority: Authority, years: YearSpan | undefined, live: SourcesSummary["live"]): SourcesSummary {
    const written = store.councilYears(authority.gss).filter((figures) => inYearSpan(figures.year, years));
    return summariseSources(written, live, store.datasetAsOf);
  }

  /**
   * Fetch my council, or, given documents or data tables, the Import documents job that fetches
   * with them. Without a council (data tables only) the figures are held and kept, nothing written.
   */
  async function fetchCouncil(choice: FetchChoice, onProgress: ProgressListener = () => undefined, job: PaneJob = "fetch", imports?: Imports): Promise<FetchResult & { kept: boolean }> {
    let outcome: FetchOutcome;
    let store: FiguresStore;
    let register: { additions: PlanAddition[]; notes: string[] };
    let kept = true;
    try {
      store = await openStore();
      const council = store.register.get(choice.gss);
      if (council === undefined) {
        throw new PaneProblem("Fetch my council did not finish", `No council in the register has the code ${choice.gss}. The workbook is as it was.`, "Choose your council again in the Council box.");
      }
      const settings = current();
      register = await registerPart(choice.planAdditions);
      const request = {
        council,
        ...(choice.years === undefined ? {} : { years: choice.years }),
        flagSettings: settings.flagSettings,
        ...(settings.peerSets === undefined ? {} : { peerSets: settings.peerSets }),
        additions: register.additions,
      };
      if (imports === undefined) outcome = await fetchMyCouncil(request, jobContext(store, onProgress));
      else {
        const imported = await importDocuments({ ...request, ...imports }, jobContext(store, onProgress), importedInto(store));
        outcome = imported.fetched;
        kept = imported.kept;
      }
    } catch (error) {
      throw describeProblem(error, job);
    }
    const { council, planned, fetched } = outcome;
    const notes = [...outcome.notes, ...register.notes];
    if (!kept) notes.push(NOT_KEPT);
    try {
      await saveChoiceNow({ council: council.gss, years: choice.years });
    } catch {
      notes.push("Your choice of council and years could not be saved in the workbook's settings; the sheets were written.");
    }
    const chosen = planned.councils.filter((entry) => entry.authority.gss === council.gss);
    return {
      council: councilOption(council),
      years: chosen.flatMap((entry) => entry.years),
      flags: paneFlags(chosen),
      sources: sourcesOf(store, council, choice.years, paneLiveStatus(fetched.live)),
      notes,
      councilsInWorkbook: planned.councils.map((entry) => entry.authority.name),
      kept,
    };
  }

  async function refreshComparisons(onProgress: ProgressListener = () => undefined): Promise<RefreshResult> {
    const settings = current();
    let outcome: RefreshOutcome;
    let store: FiguresStore;
    let register: { additions: PlanAddition[]; notes: string[] };
    try {
      store = await openStore();
      register = await registerPart();
      outcome = await refreshJob(
        {
          ...(settings.years === undefined ? {} : { years: settings.years }),
          flagSettings: settings.flagSettings,
          ...(settings.peerSets === undefined ? {} : { peerSets: settings.peerSets }),
          ...(settings.council === undefined ? {} : { chartCouncil: settings.council }),
          additions: register.additions,
        },
        jobContext(store, onProgress),
      );
    } catch (error) {
      throw describeProblem(error, "refresh");
    }
    const liveOf = (authority: Authority): SourcesSummary["live"] => {
      const result = outcome.fetched.get(authority.gss);
      return result && result.live.state !== "off"
        ? paneLiveStatus(result.live)
        : { state: "off", message: `Showing the embedded figures as of ${store.datasetAsOf} (live pull off).` };
    };
    return {
      councils: outcome.planned.councils.map((entry) => entry.authority.name),
      flags: paneFlags(outcome.planned.councils),
      sources: outcome.councils.map((authority) => ({ council: authority.name, sources: sourcesOf(store, authority, settings.years, liveOf(authority)) })),
      notes: [...outcome.notes, ...register.notes],
    };
  }

  /** Data tables without the chosen council: held for every council and kept, nothing written. */
  async function holdDataTables(dataTables: readonly YearFigures[]): Promise<{ kept: boolean }> {
    try {
      const store = await openStore();
      return await holdImported(dataTables, importedInto(store));
    } catch (error) {
      throw describeProblem(error, "add-letter");
    }
  }

  async function saveChoiceNow(choice: { council?: string; years?: YearSpan }): Promise<void> {
    const settings = current();
    const next: PaneSettings = { ...settings };
    if (choice.council === undefined) delete next.council;
    else next.council = choice.council;
    if (choice.years === undefined) delete next.years;
    else next.years = choice.years;
    if (next.council === settings.council && next.years?.from === settings.years?.from && next.years?.to === settings.years?.to) return;
    await saveSettings(next);
  }

  return {
    async councils() {
      try {
        const { loadRegister } = await import("../../sources/dataset/dataset");
        const register = await loadRegister();
        return register.all().map(councilOption);
      } catch (error) {
        throw describeProblem(error, "load");
      }
    },
    async yearsHeld() {
      try {
        return await deps.yearsHeld();
      } catch (error) {
        throw describeProblem(error, "load");
      }
    },
    async settings() {
      // The letters the workbook carries are checked as the store opens: their problems are the settings'.
      await openStore().catch(() => undefined);
      current();
      return { settings: { ...saved!.settings }, problems: [...saved!.problems] };
    },
    saveSettings: (next) =>
      saveSettings(next).catch((error: unknown) => {
        throw describeProblem(error, "save-settings");
      }),
    saveChoice: (choice) =>
      saveChoiceNow(choice).catch((error: unknown) => {
        throw describeProblem(error, "save-settings");
      }),
    fetchCouncil: (choice, onProgress) => exclusive(() => fetchCouncil(choice, onProgress)).then(withoutKept),
    refreshComparisons: (onProgress) => exclusive(() => refreshComparisons(onProgress)),
    selectFlagRow: (council, year) => exclusive(() => selectFlagRowInExcel(deps.run, council, year)),
    ...bulkImportJobs({
      openStore,
      pdfjs: deps.pdfjs,
      now,
      fetchWith: (choice, imports, onProgress) => exclusive(() => fetchCouncil(choice, onProgress, "add-letter", imports)),
      holdDataTables: (dataTables) => exclusive(() => holdDataTables(dataTables)),
    }),
    buildCommitteePack: (choice) =>
      exclusive(async () => buildPackInExcel({ run: deps.run, store: openStore, records: async (gss) => ownRecordsFrom(await providedAdditions(), gss) }, choice)),
    onActivity(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    announce(activity) {
      for (const listener of [...listeners]) listener(activity);
    },
  };
}

/**
 * Refresh comparisons for the ribbon: the same job, told as it goes to a pane that is open (with
 * the shared runtime the pane may be closed; then the sheets simply change). Never rejects: a
 * ribbon command has nowhere to show an error but the pane.
 */
export async function refreshFromRibbon(workbook: ExcelWorkbook): Promise<void> {
  workbook.announce({ kind: "refresh-started" });
  try {
    const result = await workbook.refreshComparisons((progress) => workbook.announce({ kind: "progress", progress }));
    workbook.announce({ kind: "refresh-finished", result });
  } catch (error) {
    workbook.announce({ kind: "refresh-failed", problem: describeProblem(error, "refresh") });
  }
}

