// The pane's behaviour without rendering: the jobs (pane-jobs.ts) against a fake workbook, their
// events through the reducer (pane-state.ts), read back as the state the pane would show.
import { describe, expect, it } from "vitest";
import { PaneProblem, type CouncilOption, type FetchChoice, type FetchResult, type PaneSettings, type PaneWorkbook, type RefreshResult, type SourcesSummary, type WorkbookActivity } from "../workbook/pane/pane-api";
import { DEFAULT_PANE_SETTINGS } from "../workbook/pane/pane-settings";
import type { PaneEnvironment } from "./environment";
import { paneJobs } from "./pane-jobs";
import { initialPaneState, paneReducer, paneStore, type PaneEvent } from "./pane-state";

const EXCEL: PaneEnvironment = { host: { kind: "excel" }, theme: "light" };
const HARROW: CouncilOption = { gss: "E09000015", name: "London Borough of Harrow", shortName: "Harrow", type: "London Borough" };
const CROYDON: CouncilOption = { gss: "E09000008", name: "London Borough of Croydon", shortName: "Croydon", type: "London Borough" };
const YEARS = ["2018-19", "2019-20", "2020-21"];
const SOURCES: SourcesSummary = { entries: [{ kind: "dataset", years: ["2019-20"], label: "the embedded dataset" }], live: { state: "off", message: "Live pull off." } };
const FLAG = (council: string) => ({ council, year: "2019-20", id: "compliance-below-100", severity: "scrutinise" as const, message: "Compliance below 100%", evidence: "8 of 9" });

function fetchResult(council: CouncilOption): FetchResult {
  return { council, years: ["2019-20"], flags: [FLAG(council.name)], sources: SOURCES, notes: [], councilsInWorkbook: [council.name] };
}

/** A workbook that answers from memory and records what it was asked. */
function fakeWorkbook(overrides: Partial<PaneWorkbook> = {}) {
  const asked: { fetches: FetchChoice[]; choices: unknown[] } = { fetches: [], choices: [] };
  let listener: ((activity: WorkbookActivity) => void) | undefined;
  const workbook: PaneWorkbook = {
    councils: () => Promise.resolve([HARROW, CROYDON]),
    yearsHeld: () => Promise.resolve(YEARS),
    settings: () => Promise.resolve({ settings: { ...DEFAULT_PANE_SETTINGS }, problems: [] }),
    saveSettings: (settings: PaneSettings) => Promise.resolve(settings),
    saveChoice: (choice) => {
      asked.choices.push(choice);
      return Promise.resolve();
    },
    fetchCouncil: (choice, onProgress) => {
      asked.fetches.push(choice);
      onProgress?.({ label: "Writing the sheets", done: 1, total: 2 });
      return Promise.resolve(fetchResult(choice.gss === HARROW.gss ? HARROW : CROYDON));
    },
    refreshComparisons: () => Promise.reject(new Error("not used")),
    selectFlagRow: () => Promise.resolve(),
    readDocuments: () => Promise.reject(new Error("not used")),
    addDocuments: () => Promise.reject(new Error("not used")),
    readDataTables: () => Promise.reject(new Error("not used")),
    addDataTables: () => Promise.reject(new Error("not used")),
    onActivity(heard) {
      listener = heard;
      return () => (listener = undefined);
    },
    ...overrides,
  };
  return { workbook, asked, ribbon: (activity: WorkbookActivity) => listener?.(activity) };
}

function setUp(overrides: Partial<PaneWorkbook> = {}) {
  const fake = fakeWorkbook(overrides);
  const store = paneStore(initialPaneState(EXCEL, true));
  const events: PaneEvent[] = [];
  const dispatch = (event: PaneEvent) => {
    events.push(event);
    store.dispatch(event);
  };
  return { ...fake, store, events, jobs: paneJobs(fake.workbook, dispatch, store.state) };
}

describe("the pane's jobs and state", () => {
  it("starts by asking for a council, loading; then preselects the workbook's saved council and years", async () => {
    const { store, jobs } = setUp({
      settings: () => Promise.resolve({ settings: { ...DEFAULT_PANE_SETTINGS, council: HARROW.gss, years: { from: "2019-20", to: "2020-21" } }, problems: [] }),
    });
    expect(store.state().councils).toBeUndefined();
    expect(store.state().status.title).toBe("Choose your council");
    await jobs.load();
    expect(store.state().selected).toEqual(HARROW);
    expect(store.state().years).toEqual({ from: "2019-20", to: "2020-21" });
    expect(store.state().status.title).toBe("London Borough of Harrow is chosen");
  });

  it('drops the "Choose your council" hint once a council is chosen, and saves the choice in the workbook', async () => {
    const { store, jobs, asked } = setUp();
    await jobs.load();
    expect(store.state().status.title).toBe("Choose your council");
    jobs.chooseCouncil(CROYDON);
    expect(store.state().status.title).toBe("London Borough of Croydon is chosen");
    expect(store.state().status.message).not.toMatch(/choose|pick/i);
    expect(asked.choices).toEqual([{ council: CROYDON.gss }]);
    // The pane's copy of the settings says so too, so Save settings keeps the choice.
    expect(store.state().settings?.council).toBe(CROYDON.gss);
  });

  it("keeps a job's outcome on the status line when another council is chosen", async () => {
    const { store, jobs } = setUp();
    await jobs.load();
    jobs.chooseCouncil(HARROW);
    await jobs.fetchMyCouncil();
    jobs.chooseCouncil(CROYDON);
    expect(store.state().status.title).toBe("Fetched London Borough of Harrow");
    expect(store.state().selected).toEqual(CROYDON);
  });

  it("Fetch my council sends the chosen council and narrowed years, shows its progress, then its flags and sources", async () => {
    const { store, jobs, asked, events } = setUp();
    await jobs.load();
    jobs.chooseCouncil(HARROW);
    jobs.chooseYears({ from: "2019-20", to: "2019-20" });
    await jobs.fetchMyCouncil();
    expect(asked.fetches).toEqual([{ gss: HARROW.gss, years: { from: "2019-20", to: "2019-20" } }]);
    expect(events.map((event) => event.type)).toEqual(["loaded", "council-chosen", "years-chosen", "job-started", "job-progress", "job-ended", "fetched"]);
    const state = store.state();
    expect(state.job).toBeUndefined();
    expect(state.status).toMatchObject({ intent: "success", title: "Fetched London Borough of Harrow" });
    expect(state.flags?.list).toEqual([FLAG(HARROW.name)]);
    expect(state.sources?.council).toBe(HARROW.name);
  });

  it("asks for every year (no range) when From and To span the years held", async () => {
    const { jobs, asked } = setUp();
    await jobs.load();
    jobs.chooseCouncil(HARROW);
    await jobs.fetchMyCouncil();
    expect(asked.fetches).toEqual([{ gss: HARROW.gss }]);
  });

  it("does not fetch with no council chosen, or with From after To", async () => {
    const { store, jobs, asked } = setUp();
    await jobs.load();
    await jobs.fetchMyCouncil();
    jobs.chooseCouncil(HARROW);
    jobs.chooseYears({ from: "2020-21", to: "2018-19" });
    await jobs.fetchMyCouncil();
    expect(asked.fetches).toEqual([]);
    expect(store.state().job).toBeUndefined();
  });

  it("shows a failed job's problem and what to do, and ends the job", async () => {
    const problem = new PaneProblem("Fetch my council", "A table named OmbudsmanKeyStats is yours.", "Rename it, then try again.");
    const { store, jobs } = setUp({ fetchCouncil: () => Promise.reject(problem) });
    await jobs.load();
    jobs.chooseCouncil(HARROW);
    await jobs.fetchMyCouncil();
    expect(store.state().status).toEqual({ intent: "error", title: "Fetch my council", message: problem.whatHappened, action: problem.whatToDo });
    expect(store.state().job).toBeUndefined();
  });

  it("says plainly when the workbook code itself failed, and when the list of councils could not load", async () => {
    const { store, jobs } = setUp({ councils: () => Promise.reject(new Error("chunk 12 failed to load")) });
    await jobs.load();
    expect(store.state().councils).toEqual([]);
    expect(store.state().loadProblem).toBe("The list of councils could not be loaded.");
    expect(store.state().status.title).toBe("Something went wrong");
    expect(store.state().status.message).toContain("chunk 12 failed to load.");
  });

  it("hears a Refresh started from the ribbon: running, then the chosen council's flags", async () => {
    const { store, jobs, ribbon } = setUp();
    await jobs.load();
    jobs.chooseCouncil(CROYDON);
    const stop = jobs.listen();
    ribbon({ kind: "refresh-started" });
    expect(store.state().job).toEqual({ kind: "refresh", fromRibbon: true });
    const result: RefreshResult = {
      councils: [HARROW.name, CROYDON.name],
      flags: [FLAG(HARROW.name), FLAG(CROYDON.name)],
      sources: [
        { council: HARROW.name, sources: SOURCES },
        { council: CROYDON.name, sources: SOURCES },
      ],
      notes: [],
    };
    ribbon({ kind: "refresh-finished", result });
    expect(store.state().job).toBeUndefined();
    expect(store.state().status.title).toBe("Comparisons refreshed from the ribbon");
    expect(store.state().flags).toEqual({ council: CROYDON.name, list: [FLAG(CROYDON.name)] });
    expect(store.state().sources?.council).toBe(CROYDON.name);
    stop();
    ribbon({ kind: "refresh-started" });
    expect(store.state().job).toBeUndefined();
  });

  it("a letter added selects its council; saved settings replace the pane's", async () => {
    const { store, jobs } = setUp({
      addDocuments: () => Promise.resolve(fetchResult(CROYDON)),
      saveSettings: (settings) => Promise.resolve({ ...settings, livePull: true }),
    });
    await jobs.load();
    jobs.chooseCouncil(HARROW);
    expect(await jobs.addDocuments([{ document: "pasted text", kind: "annual-letter", council: CROYDON, years: [], warnings: [] }])).toBeUndefined();
    expect(store.state().selected).toEqual(CROYDON);
    expect(store.state().status.title).toBe("Figures added for London Borough of Croydon");
    expect(await jobs.saveSettings({ ...DEFAULT_PANE_SETTINGS })).toBeUndefined();
    expect(store.state().settings?.livePull).toBe(true);
  });

  it("following a flag says which row is selected and marks the flag", async () => {
    const selected: string[] = [];
    const { store, jobs } = setUp({ selectFlagRow: (council, year) => Promise.resolve(void selected.push(`${council} ${year}`)) });
    await jobs.load();
    jobs.chooseCouncil(HARROW);
    await jobs.fetchMyCouncil();
    await jobs.followFlag(FLAG(HARROW.name));
    expect(selected).toEqual(["London Borough of Harrow 2019-20"]);
    expect(store.state().status.title).toBe("Row selected");
    expect(store.state().flags?.selected).toEqual(FLAG(HARROW.name));
  });
});

describe("paneReducer", () => {
  it("outside Excel has no list to load and says where to open the pane", () => {
    const state = initialPaneState({ host: { kind: "browser" }, theme: "light" }, false);
    expect(state.councils).toEqual([]);
    expect(state.status.title).toBe("Open this add-in in Excel");
  });

  it("a saved setting that could not be used is said, over the preselected council", () => {
    const state = paneReducer(initialPaneState(EXCEL, true), { type: "loaded", councils: [HARROW], yearsHeld: YEARS, settings: { ...DEFAULT_PANE_SETTINGS, council: HARROW.gss }, problems: ["The saved years were not understood."] });
    expect(state.selected).toEqual(HARROW);
    expect(state.status).toMatchObject({ intent: "warning", title: "Some saved settings were reset", message: "The saved years were not understood." });
  });
});
