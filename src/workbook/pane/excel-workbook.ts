// The workbook as the task pane (and the ribbon's Refresh comparisons) uses it: Fetch my council,
// Refresh comparisons, follow a flag to its row, import a letter, keep the settings. It joins
// the services (figures store, live pull, parsers, the one plan path, the Office renderer) and
// hands the pane plain data and PaneProblems. With the renderer and office-settings.ts, the
// only code that calls Excel.run. Loaded by the pane with import(), so none of this is in the
// pane's first script.
import type { FiguresStore } from "../../sources/figures-store";
import { councilFigures, type CouncilFigures, type EmbeddedFigures, type StatisticsPageFetcher } from "../../sources/live/council-figures";
import type { PdfJsModule } from "../../sources/documents/pdf-text";
import type { Authority, YearFigures } from "../../domain/types";
import { resolveFlagSettings } from "../../domain/flag-settings";
import { CouncilNotFoundError } from "../../domain/register";
import { describeProblem, type PaneJob } from "./describe-problem";
import { KEY_STATS_TABLE } from "../plan/key-stats-sheet";
import { loadPaneSettings, savePaneSettings, type DocumentSettings } from "./office-settings";
import { renderPlanInExcel, type ExcelRun, type RenderReport } from "../office/office-renderer";
import {
  PaneProblem,
  type CouncilOption,
  type FetchChoice,
  type FetchResult,
  type LetterInput,
  type LetterReading,
  type PaneWorkbook,
  type PlanAddition,
  type ProgressListener,
  type RefreshResult,
  type SourcesSummary,
  type WorkbookActivity,
  type YearSpan,
} from "./pane-api";
import { checkHostUrl, relayBaseUrl, servedByHost, withAnalystChoices, withLetter, withLgscoPage, type PaneSettings } from "./pane-settings";
import type { SheetPlan } from "../plan/plan";
import { councilYears } from "../plan/council-years";
import type { WorkbookState } from "../rendering/existing-workbook";
import { councilsWithWorkbook, inYearSpan, planForCouncils, type CouncilPlanRequest } from "../plan/plan-for-councils";
import { panelOrder, planCouncils, planFlags, planYears } from "./plan-rows";
import { RenderConflictError } from "../rendering/render-targets";
import { paneLiveStatus, summariseSources } from "./sources-summary";
import { giveWorkbookState, sameFlagSettings } from "./workbook-state";

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
}

type Phase = "before-writing" | "while-writing";

/** Figures read outside this module come in only through these. */
function embeddedFrom(store: FiguresStore): EmbeddedFigures {
  return { asOf: store.datasetAsOf, figuresFor: (gss) => store.councilYears(gss), register: store.register };
}

function councilOption(authority: Authority): CouncilOption {
  return {
    gss: authority.gss,
    name: authority.name,
    shortName: authority.shortName,
    type: authority.type,
    ...(authority.validTo === undefined ? {} : { abolished: authority.validTo }),
  };
}

const sameSettings = sameFlagSettings;

/** More plan inputs for every Fetch and Refresh (the council's own records, issue 6), read when the job starts. */
export type PlanInputsProvider = () => Promise<readonly PlanAddition[]>;

/** The pane's workbook, plus the ribbon command's way to tell an open pane what it is doing. */
export interface ExcelWorkbook extends PaneWorkbook {
  announce(activity: WorkbookActivity): void;
  /**
   * Adds a provider of plan inputs consulted by every Fetch and Refresh, from the pane or the
   * ribbon; returns the function that removes it. A provider that fails stops the job with its
   * problem, before anything is written.
   */
  addPlanInputs(provider: PlanInputsProvider): () => void;
}

export function createExcelWorkbook(deps: ExcelWorkbookDependencies): ExcelWorkbook {
  const now = deps.now ?? (() => new Date());
  const listeners = new Set<(activity: WorkbookActivity) => void>();
  const planInputs = new Set<PlanInputsProvider>();
  let saved: { settings: PaneSettings; problems: string[] } | undefined;
  let storeOpening: Promise<FiguresStore> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const current = (): PaneSettings => {
    // Served by the add-in's host, the live pull is on unless the analyst turned it off.
    saved ??= loadPaneSettings(deps.documentSettings, { servedByHost: servedByHost(deps.pageUrl) });
    return saved.settings;
  };

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
      giveWorkbookState(store, current());
      return store;
    });
    storeOpening.catch(() => (storeOpening = undefined));
    return storeOpening;
  }

  async function saveSettings(next: PaneSettings): Promise<PaneSettings> {
    const checked: PaneSettings = {
      ...withAnalystChoices(current(), next),
      hostUrl: checkHostUrl(next.hostUrl),
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

  /** The live pull for one council (when on), handed to the store so formulas see the page too. */
  async function figuresOf(store: FiguresStore, authority: Authority): Promise<CouncilFigures> {
    const settings = current();
    const known = settings.lgscoPages?.[authority.gss];
    const options = settings.livePull
      ? { live: true, client: deps.liveClient(relayBaseUrl(settings.hostUrl, deps.pageUrl)), ...(known === undefined ? {} : { pageName: known }) }
      : {};
    const result = await councilFigures(authority, embeddedFrom(store), options);
    store.addCouncilFigures(result);
    if (result.live.state === "used" && result.live.pageName !== known) {
      // The page name that answered is tried first next time; not keeping it only costs a search.
      await saveSettings(withLgscoPage(current(), authority.gss, result.live.pageName)).catch(() => undefined);
    }
    return result;
  }

  /** Every council's years as the store holds them: the embedded dataset, pages and letters merged. */
  function heldFigures(store: FiguresStore): YearFigures[] {
    return store.register.all().flatMap((authority) => store.councilYears(authority.gss));
  }

  /**
   * Writes the plan built for the workbook's state; knows whether a failure came before anything
   * was written (the read, the plan, a name conflict) or while writing.
   */
  async function render(
    job: PaneJob,
    planFor: (state: WorkbookState) => SheetPlan | Promise<SheetPlan>,
  ): Promise<{ plan: SheetPlan; report: RenderReport }> {
    let plan: SheetPlan | undefined;
    let phase: Phase = "before-writing";
    try {
      const report = await renderPlanInExcel(deps.run, async (state) => {
        plan = await planFor(state);
        phase = "while-writing";
        return plan;
      });
      if (plan === undefined) throw new Error("The renderer did not ask for the plan.");
      return { plan, report };
    } catch (error) {
      throw describeProblem(error, job, error instanceof RenderConflictError ? "before-writing" : phase, { livePull: current().livePull });
    }
  }

  /** The plan additions every provider gives now, after those the caller passed. */
  async function providedAdditions(given: readonly PlanAddition[] = []): Promise<PlanAddition[]> {
    const provided = await Promise.all([...planInputs].map((provider) => provider()));
    return [...given, ...provided.flat()];
  }

  function planRequest(
    store: FiguresStore,
    councils: Authority[],
    years: YearSpan | undefined,
    asOf: string,
    chartCouncil: string | undefined,
    additions: readonly PlanAddition[] = [],
  ): CouncilPlanRequest {
    const base: CouncilPlanRequest = {
      councils,
      ...(years === undefined ? {} : { years }),
      settings: current().flagSettings,
      held: heldFigures(store),
      similarAverages: (type, year) => store.similarAverages(type, year),
      register: store.register.all(),
      asOf,
      ...(chartCouncil === undefined ? {} : { chartCouncil }),
      ...(current().peerSets === undefined ? {} : { peerSets: current().peerSets }),
    };
    return additions.reduce((request, add) => add(request), base);
  }

  function sourcesOf(store: FiguresStore, authority: Authority, years: YearSpan | undefined, live: SourcesSummary["live"]): SourcesSummary {
    const written = store.councilYears(authority.gss).filter((figures) => inYearSpan(figures.year, years));
    return summariseSources(written, live, store.datasetAsOf);
  }

  async function fetchCouncil(choice: FetchChoice, onProgress: ProgressListener = () => undefined, job: PaneJob = "fetch"): Promise<FetchResult> {
    let store: FiguresStore;
    let authority: Authority;
    let fetched: CouncilFigures;
    let additions: PlanAddition[];
    const total = current().livePull ? 3 : 2;
    try {
      onProgress({ label: "Loading the published figures", done: 0, total });
      store = await openStore();
      const found = store.register.get(choice.gss);
      if (found === undefined) {
        throw new PaneProblem("Fetch my council did not finish", `No council in the register has the code ${choice.gss}. The workbook is as it was.`, "Choose your council again in the Council box.");
      }
      authority = found;
      if (current().livePull) onProgress({ label: `Reading LGSCO's page for ${authority.name}`, done: 1, total });
      fetched = await figuresOf(store, authority);
      additions = await providedAdditions(choice.planAdditions);
    } catch (error) {
      throw describeProblem(error, job);
    }

    onProgress({ label: "Writing the sheets", done: total - 1, total });
    const asOf = fetched.live.state === "used" ? fetched.live.retrieved.slice(0, 10) : store.datasetAsOf;
    const chosen = authority;
    // The chosen council must have figures of its own, whatever else the workbook holds.
    try {
      planForCouncils(planRequest(store, [chosen], choice.years, asOf, undefined, additions));
    } catch (error) {
      throw describeProblem(error, job);
    }
    const { plan, report } = await render(job, (state) => {
      const councils = councilsWithWorkbook([chosen], state.councils, store.register.all());
      const years = councilYears({ kind: "fetch", council: chosen.gss, ...(choice.years ? { years: choice.years } : {}) }, councils, state.rowYears, heldFigures(store));
      return planForCouncils({ ...planRequest(store, councils, choice.years, asOf, chosen.gss, additions), councilYears: years });
    });
    onProgress({ label: "Done", done: total, total });

    const notes = [...report.notes];
    try {
      await saveChoiceNow({ council: chosen.gss, years: choice.years });
    } catch {
      notes.push("Your choice of council and years could not be saved in the workbook's settings; the sheets were written.");
    }
    return {
      council: councilOption(chosen),
      years: planYears(plan, chosen.name),
      flags: panelOrder(planFlags(plan, chosen.name)),
      sources: sourcesOf(store, chosen, choice.years, paneLiveStatus(fetched.live)),
      notes,
      councilsInWorkbook: planCouncils(plan),
    };
  }

  async function refreshComparisons(onProgress: ProgressListener = () => undefined): Promise<RefreshResult> {
    const settings = current();
    const job: PaneJob = "refresh";
    let store: FiguresStore;
    const live = new Map<string, CouncilFigures>();
    let additions: PlanAddition[];
    try {
      onProgress({ label: "Loading the published figures", done: 0, total: 2 });
      store = await openStore();
      additions = await providedAdditions();
    } catch (error) {
      throw describeProblem(error, job);
    }

    let councils: Authority[] = [];
    // The councils are known only from the workbook: the renderer's read finds them, their
    // pages are read (when the live pull is on) and the plan is written, all in its two syncs.
    const { plan, report } = await render(job, async (state) => {
      councils = councilsWithWorkbook([], state.councils, store.register.all());
      if (councils.length === 0) {
        throw new PaneProblem(
          "Nothing to refresh yet",
          "No council has been fetched into this workbook, so there are no comparisons to refresh. The workbook is as it was.",
          "Choose your council and click Fetch my council first.",
          "warning",
        );
      }
      const total = settings.livePull ? councils.length + 2 : 2;
      if (settings.livePull) {
        for (const [i, authority] of councils.entries()) {
          onProgress({ label: `Reading LGSCO's page for ${authority.name} (${i + 1} of ${councils.length})`, done: i + 1, total });
          live.set(authority.gss, await figuresOf(store, authority));
        }
      }
      onProgress({ label: "Writing the sheets", done: total - 1, total });
      const readOn = [...live.values()].flatMap((result) => (result.live.state === "used" ? [result.live.retrieved.slice(0, 10)] : [])).sort();
      const asOf = readOn.at(-1) ?? store.datasetAsOf;
      const chart = settings.council !== undefined && councils.some((council) => council.gss === settings.council) ? settings.council : undefined;
      const years = councilYears({ kind: "refresh" }, councils, state.rowYears, heldFigures(store));
      return planForCouncils({ ...planRequest(store, councils, settings.years, asOf, chart, additions), councilYears: years });
    });
    onProgress({ label: "Done", done: 2, total: 2 });
    const liveOf = (authority: Authority): SourcesSummary["live"] => {
      const result = live.get(authority.gss);
      return result ? paneLiveStatus(result.live) : { state: "off", message: `Showing the embedded figures as of ${store.datasetAsOf} (live pull off).` };
    };
    return {
      councils: planCouncils(plan),
      flags: panelOrder(planFlags(plan)),
      sources: councils.map((authority) => ({ council: authority.name, sources: sourcesOf(store, authority, settings.years, liveOf(authority)) })),
      notes: report.notes,
    };
  }

  async function selectFlagRow(council: string, year: string): Promise<void> {
    try {
      await deps.run(async (context) => {
        const table = context.workbook.tables.getItemOrNullObject(KEY_STATS_TABLE);
        table.load("name");
        await context.sync();
        if (table.isNullObject) {
          throw new PaneProblem(
            "The flag's row could not be shown",
            `The workbook has no ${KEY_STATS_TABLE} table any more (it may have been deleted or renamed).`,
            "Click Fetch my council to write the sheets again.",
          );
        }
        const header = table.getHeaderRowRange().load("values");
        const body = table.getDataBodyRange().load("values");
        const sheet = table.worksheet.load("name");
        await context.sync();
        const columns = (header.values[0] ?? []).map((value) => String(value));
        const councilColumn = columns.indexOf("Council");
        const yearColumn = columns.indexOf("Year");
        const row = body.values.findIndex(
          (values) => String(values[councilColumn] ?? "").trim() === council && String(values[yearColumn] ?? "").trim() === year,
        );
        if (councilColumn < 0 || yearColumn < 0 || row < 0) {
          throw new PaneProblem(
            "The flag's row could not be shown",
            `${KEY_STATS_TABLE} on the ${sheet.name} sheet has no row for ${council}, ${year} now.`,
            "Click Refresh comparisons to write the rows again.",
          );
        }
        context.workbook.worksheets.getItem(sheet.name).activate();
        body.getRow(row).select();
        await context.sync();
      });
    } catch (error) {
      throw describeProblem(error, "select-row");
    }
  }

  async function readLetter(input: LetterInput): Promise<LetterReading> {
    try {
      const [{ parseDocument }, store, pdfjs] = await Promise.all([
        import("../../sources/documents/parse-document"),
        openStore(),
        input.kind === "pdf" && deps.pdfjs ? deps.pdfjs() : Promise.resolve(undefined),
      ]);
      const from = input.kind === "pdf" ? input.fileName : "pasted text";
      const retrieved = now().toISOString();
      const parsed = await parseDocument(input.kind === "pdf" ? input.bytes : input.text, pdfjs ? { pdfjs } : {});
      const first = parsed[0];
      if (first === undefined) throw new PaneProblem("The letter could not be read", "No year's figures were found in it.", "Check it is LGSCO's annual review letter and that the whole text is there.");
      const kind = first.source.kind === "statistics-page" ? "statistics-page" : "annual-letter";
      const title = kind === "annual-letter" ? `LGSCO annual review letter, ${from}` : `LGSCO statistics page, ${from}`;
      const found = store.register.lookup(first.authority, { year: first.year });
      if (found.kind !== "found") throw new CouncilNotFoundError(found);
      const years: YearFigures[] = parsed.map((record) => {
        const { inconsistencies: _ignored, figureSources: _none, ...figures } = record;
        // Each figure cites the document the analyst gave: its name and when it was read here.
        return { ...figures, gss: found.authority.gss, source: { kind: record.source.kind, title, retrieved } };
      });
      return {
        council: councilOption(found.authority),
        documentKind: kind,
        years,
        warnings: parsed.flatMap((record) => (record.inconsistencies ?? []).map((inconsistency) => `${record.year}: ${inconsistency.message}`)),
        from,
      };
    } catch (error) {
      throw describeProblem(error, "read-letter");
    }
  }

  async function addLetter(reading: LetterReading, choice: { years?: YearSpan }, onProgress?: ProgressListener): Promise<FetchResult> {
    const store = await openStore().catch((error: unknown) => {
      throw describeProblem(error, "add-letter");
    });
    // Into the store first (the formulas and the plan read it), then the workbook's settings once
    // the sheets are written, so a letter is kept in the workbook only if it reached the sheets.
    try {
      for (const year of reading.years) store.addFigures(year, reading.council.gss);
    } catch (error) {
      throw describeProblem(error, "add-letter");
    }
    const result = await fetchCouncil({ gss: reading.council.gss, ...(choice.years ? { years: choice.years } : {}) }, onProgress, "add-letter");
    try {
      const settings = current();
      const letters = reading.years.reduce((kept, year) => withLetter(kept, year), settings.letters);
      await saveSettings({ ...settings, letters });
    } catch {
      result.notes.push("The letter's figures are in the sheets, but could not be kept in the workbook's settings: import it again after reopening.");
    }
    return result;
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
    fetchCouncil: (choice, onProgress) => exclusive(() => fetchCouncil(choice, onProgress)),
    refreshComparisons: (onProgress) => exclusive(() => refreshComparisons(onProgress)),
    selectFlagRow: (council, year) => exclusive(() => selectFlagRow(council, year)),
    readLetter: (input) => readLetter(input),
    addLetter: (reading, choice, onProgress) => exclusive(() => addLetter(reading, choice, onProgress)),
    onActivity(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    announce(activity) {
      for (const listener of [...listeners]) listener(activity);
    },
    addPlanInputs(provider) {
      planInputs.add(provider);
      return () => {
        planInputs.delete(provider);
      };
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

