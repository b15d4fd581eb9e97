// The pane's workbook API on the in-memory Excel host, with the real embedded dataset and a
// figures store of its own per test: Fetch, Refresh, following a flag, importing a letter,
// settings, and failures that leave the workbook as it was.
import type { PlanAddition } from "./pane-api";
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { createExcelHost, HostError, type ExcelHost } from "../../../test/support/excel-host";
import type { StatisticsPageFetcher } from "../../sources/live/council-figures";
import { loadDataset } from "../../sources/dataset/dataset";
import { FiguresStore } from "../../sources/figures-store";
import { LgscoFetchError } from "../../sources/live/lgsco-fetch-error";
import type { StatisticsPage } from "../../sources/live/lgsco-client";
import { createExcelWorkbook, refreshFromRibbon, type ExcelWorkbookDependencies } from "./excel-workbook";
import type { DocumentSettings } from "./office-settings";
import { isPaneProblem, PaneProblem, type WorkbookActivity } from "./pane-api";
import { DEFAULT_FLAG_SETTINGS } from "../../domain/flag-settings";
import { PANE_SETTINGS_KEY } from "./pane-settings";

const HARROW = "E09000015";
const LEEDS = "E08000035";
const CROYDON = "E09000008";
const HARROW_LETTER = readFileSync(new URL("../../../test/fixtures/letters/harrow-2019-20.txt", import.meta.url), "utf8");
const LEEDS_PAGE = readFileSync(new URL("../../../test/fixtures/stand-in/leeds-city-council-2023-24.composed.html", import.meta.url), "utf8");
const STAND_IN_LEEDS = "http://127.0.0.1:9/your-councils-performance/leeds-city-council/statistics";

/** A workbook holding the analyst's own sheets. */
async function analystWorkbook(): Promise<ExcelHost> {
  const host = createExcelHost({ sheets: ["Our complaints", "Notes"] });
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Our complaints").getRange("A1:C3").values = [
      ["Reference", "Received", "Outcome"],
      ["C-1", 44000, "upheld"],
      ["C-2", 44010, "not upheld"],
    ];
    context.workbook.worksheets.getItem("Notes").getRange("A1").values = [["Scrutiny committee, June"]];
  });
  return host;
}

const page = (html: string, url = STAND_IN_LEEDS): StatisticsPage => ({
  slug: "leeds-city-council",
  html,
  url,
  retrieved: "2026-11-20T09:15:00.000Z",
  from: "network",
});

interface Setup {
  host: ExcelHost;
  store: FiguresStore;
  client: StatisticsPageFetcher;
  deps: ExcelWorkbookDependencies;
}

async function setup(host?: ExcelHost, client?: StatisticsPageFetcher, store?: FiguresStore): Promise<Setup> {
  const workbookHost = host ?? (await analystWorkbook());
  const dataset = await loadDataset();
  const figures = store ?? new FiguresStore({ dataset });
  const pages = client ?? { fetchStatisticsPage: vi.fn(async () => page(LEEDS_PAGE)) };
  const deps: ExcelWorkbookDependencies = {
    run: workbookHost.run,
    documentSettings: workbookHost.settings as unknown as DocumentSettings,
    store: async () => figures,
    yearsHeld: async () => dataset.years(),
    liveClient: () => pages,
    pageUrl: "https://addin.example.org/taskpane.html",
    now: () => new Date("2026-11-26T10:00:00Z"),
  };
  return { host: workbookHost, store: figures, client: pages, deps };
}

async function problemOf(promise: Promise<unknown>): Promise<PaneProblem> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isPaneProblem(error), `expected a PaneProblem, got ${String(error)}`).toBe(true);
  return error as PaneProblem;
}

function keyStatsRow(host: ExcelHost, council: string, year: string): Record<string, unknown> {
  const table = host.table("OmbudsmanKeyStats")!;
  const values = host.values(table.sheet, table.address);
  const [header, ...rows] = values;
  const row = rows.find((r) => r[0] === council && r[1] === year);
  expect(row, `a row for ${council} ${year}`).toBeDefined();
  return Object.fromEntries(header!.map((name, i) => [String(name), row![i]]));
}

describe("Fetch my council", () => {
  it("writes Harrow's sheets beside the analyst's, gives its two flags and says where the figures came from", async () => {
    const { host, deps } = await setup();
    const before = host.sheetState("Our complaints");
    const progress: string[] = [];
    const workbook = createExcelWorkbook(deps);
    // The analyst turned the live pull off (it is on by default here): the embedded figures alone.
    await workbook.saveSettings({ ...(await workbook.settings()).settings, livePull: false });

    const result = await workbook.fetchCouncil({ gss: HARROW }, (p) => progress.push(`${p.done}/${p.total} ${p.label}`));

    expect(host.sheetNames()).toEqual(expect.arrayContaining(["Our complaints", "Notes", "Ombudsman", "Ombudsman flags", "Ombudsman peers", "Ombudsman caseload"]));
    expect(host.sheetState("Our complaints")).toEqual(before);
    const row = keyStatsRow(host, "London Borough of Harrow", "2019-20");
    expect(row).toMatchObject({ Investigations: 33, Upheld: 24, "Upheld %": 0.73, "Compliance %": 1, "Satisfactory remedy %": 0.08, Flags: "upheld-above-average; remedy-below-average" });
    expect(result.council).toMatchObject({ gss: HARROW, name: "London Borough of Harrow", type: "London Borough" });
    expect(result.years).toEqual(["2019-20"]);
    expect(result.flags.map((flag) => `${flag.year} ${flag.id} ${flag.severity}`)).toEqual(["2019-20 upheld-above-average watch", "2019-20 remedy-below-average watch"]);
    expect(result.flags[0]!.message).toMatch(/73%/);
    expect(result.sources.live.state).toBe("off");
    expect(result.sources.entries).toEqual([{ kind: "dataset", label: "the embedded dataset", when: (await loadDataset()).asOf, years: ["2019-20"] }]);
    expect(progress).toEqual(["0/2 Loading the published figures", "1/2 Writing the sheets", "2/2 Done"]);
  });

  it("saves the choice in the workbook's settings, so it comes back when the workbook is opened again", async () => {
    const { host, deps } = await setup();
    await createExcelWorkbook(deps).fetchCouncil({ gss: HARROW, years: { from: "2018-19", to: "2020-21" } });
    expect(host.settings.savedValues()[PANE_SETTINGS_KEY]).toMatchObject({ council: HARROW, years: { from: "2018-19", to: "2020-21" } });
    const reopened = await createExcelWorkbook(deps).settings();
    // Served by the add-in's host, the live pull stays on by default.
    expect(reopened.settings).toMatchObject({ council: HARROW, years: { from: "2018-19", to: "2020-21" }, livePull: true });
  });

  it("with the live pull on, shows the page's year with the page as its source, and hands the page to the store", async () => {
    const { host, deps, store, client } = await setup();
    const workbook = createExcelWorkbook(deps);
    const settings = (await workbook.settings()).settings;
    await workbook.saveSettings({ ...settings, livePull: true, hostUrl: "https://addin.example.org/" });

    const result = await workbook.fetchCouncil({ gss: LEEDS });

    expect(client.fetchStatisticsPage).toHaveBeenCalledWith("leeds-city-council", {});
    expect(result.sources.live.state).toBe("used");
    expect(result.sources.live.message).toMatch(/^2023-24 figures are from LGSCO's statistics page \(read 2026-11-20 09:15 UTC\)/);
    expect(result.sources.entries[0]).toEqual({ kind: "live-page", label: "LGSCO's statistics page", url: STAND_IN_LEEDS, when: "2026-11-20T09:15:00.000Z", years: ["2023-24"] });
    expect(result.sources.entries.some((entry) => entry.kind === "dataset" && entry.years.includes("2024-25"))).toBe(true);
    expect(String(keyStatsRow(host, "Leeds City Council", "2023-24").Sources)).toContain(STAND_IN_LEEDS);
    expect(store.yearFigures(LEEDS, "2023-24")?.source.url).toBe(STAND_IN_LEEDS);
  });

  it("with the live pull failing, says so plainly and writes the embedded figures", async () => {
    const failing: StatisticsPageFetcher = {
      fetchStatisticsPage: vi.fn(async (slug: string) => {
        throw new LgscoFetchError({ kind: "server-error", slug, status: 500, party: "site", attempts: 3 });
      }),
    };
    const { host, deps } = await setup(undefined, failing);
    const workbook = createExcelWorkbook(deps);
    await workbook.saveSettings({ ...(await workbook.settings()).settings, livePull: true });

    const result = await workbook.fetchCouncil({ gss: LEEDS });

    expect(result.sources.live).toEqual({
      state: "failed",
      message: `LGSCO's site had a fault (HTTP 500) and did not send the page, after 3 tries; showing the embedded figures as of ${(await loadDataset()).asOf}.`,
    });
    expect(result.sources.entries.map((entry) => entry.kind)).toEqual(["dataset"]);
    expect(String(keyStatsRow(host, "Leeds City Council", "2023-24").Sources)).toBe("https://www.lgo.org.uk/your-councils-performance/leeds-city-council/statistics");
  });

  it("sets the type's published average beside a figure printed without one (Cornwall 2024-25 per 100k), and flags it", async () => {
    const { host, deps } = await setup();
    const dataset = await loadDataset();
    const averageSource = dataset.similarAverages("Unitary Council", "2024-25")!.sources.upheldPer100k!.url!;
    const result = await createExcelWorkbook(deps).fetchCouncil({ gss: "E06000052", years: { from: "2024-25", to: "2024-25" } });
    const row = keyStatsRow(host, "Cornwall Council", "2024-25");
    expect(row).toMatchObject({ "Upheld per 100k": 8.5, "Similar per 100k": 5.3 });
    expect(String(row.Flags).split("; ")).toContain("per100k-above-average");
    expect(String(row.Sources).split("; ")).toContain(averageSource);
    const flag = result.flags.find((candidate) => candidate.id === "per100k-above-average")!;
    expect(flag.message).toMatch(/8\.5 .*above the average of 5\.3/);
  });

  it("adds a second council beside the first, which stays in the sheets", async () => {
    const { deps } = await setup();
    const workbook = createExcelWorkbook(deps);
    await workbook.fetchCouncil({ gss: HARROW });
    const result = await workbook.fetchCouncil({ gss: LEEDS });
    expect(result.councilsInWorkbook).toEqual(["Leeds City Council", "London Borough of Harrow"]);
    expect(result.flags.every((flag) => flag.council === "Leeds City Council")).toBe(true);
  });

  it("keeps every row of a council fetched before, on its sheet row, when another is fetched with a narrower range", async () => {
    const { host, deps } = await setup();
    const workbook = createExcelWorkbook(deps);
    await workbook.fetchCouncil({ gss: CROYDON });
    const table = host.table("OmbudsmanKeyStats")!;
    const croydonRows = host.values(table.sheet, table.address).slice(1);
    expect(croydonRows.length).toBeGreaterThan(1);

    await workbook.fetchCouncil({ gss: HARROW, years: { from: "2019-20", to: "2019-20" } });
    const after = host.values(table.sheet, host.table("OmbudsmanKeyStats")!.address).slice(1);
    // Croydon's rows are where they were, Harrow's one year after the last of them.
    expect(after.slice(0, croydonRows.length).map((row) => row.slice(0, 2))).toEqual(croydonRows.map((row) => row.slice(0, 2)));
    expect(after.slice(croydonRows.length).map((row) => row.slice(0, 2))).toEqual([["London Borough of Harrow", "2019-20"]]);
  });

  it("refuses a year range with no figures for the council, saying what to do, and writes nothing", async () => {
    const { host, deps } = await setup();
    const before = host.sheetStates();
    const problem = await problemOf(createExcelWorkbook(deps).fetchCouncil({ gss: HARROW, years: { from: "2022-23", to: "2024-25" } }));
    expect(problem.title).toBe("Fetch my council did not finish");
    expect(problem.whatHappened).toMatch(/^No published figures are held for London Borough of Harrow for 2022-23 to 2024-25\. The add-in holds 2019-20 for it\./);
    expect(problem.whatHappened).toMatch(/The workbook is as it was\.$/);
    // The live pull is on (served by the add-in's host): the advice leads elsewhere.
    expect(problem.whatToDo).not.toMatch(/turn on the live pull/i);
    expect(problem.whatToDo).toMatch(/annual review letters/);
    expect(host.sheetStates()).toEqual(before);
  });

  it("refuses when the analyst's own table already has the name, naming it, and writes nothing", async () => {
    const host = await analystWorkbook();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Our complaints").tables.add("A1:C3", true).name = "OmbudsmanKeyStats";
    });
    const { deps } = await setup(host);
    const before = host.sheetStates();
    const problem = await problemOf(createExcelWorkbook(deps).fetchCouncil({ gss: HARROW }));
    expect(problem.whatHappened).toMatch(/OmbudsmanKeyStats/);
    expect(problem.whatHappened).toMatch(/The workbook is as it was\.$/);
    expect(problem.whatToDo).toMatch(/Rename or remove that table/);
    expect(host.sheetStates()).toEqual(before);
  });

  it("says what to do when Excel is busy editing a cell", async () => {
    const { deps, host } = await setup();
    const busy: ExcelWorkbookDependencies = {
      ...deps,
      run: async () => {
        throw new HostError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
      },
    };
    const problem = await problemOf(createExcelWorkbook(busy).fetchCouncil({ gss: HARROW }));
    expect(problem.whatHappened).toBe("Excel is busy editing a cell, so it refused the change. The workbook is as it was.");
    expect(problem.whatToDo).toBe("Press Enter or Esc in the sheet to finish editing, then try again.");
    expect(host.sheetNames()).toEqual(["Our complaints", "Notes"]);
  });

  it("applies plan additions (the place the council's own records will plug in)", async () => {
    const { host, deps } = await setup();
    const seen: string[][] = [];
    await createExcelWorkbook(deps).fetchCouncil({
      gss: HARROW,
      planAdditions: [
        (request) => {
          seen.push(request.councils.map((council) => council.gss));
          return { ...request, asOf: "2020-07-22" };
        },
      ],
    });
    expect(seen.at(-1)).toEqual([HARROW]);
    expect(host.values("Ombudsman", "B4")).toEqual([["2020-07-22"]]);
  });
});

describe("the council's own records", () => {
  it("are read by every Fetch and Refresh; a register that cannot be read fails its own part, never the published figures", async () => {
    const { host, deps } = await setup();
    const asked: string[] = [];
    let linked: () => Promise<PlanAddition[]> = async () => [
      (request) => {
        asked.push(request.councils.map((council) => council.name).join("+"));
        return request;
      },
    ];
    const workbook = createExcelWorkbook({ ...deps, ownRecords: () => linked() });
    await workbook.fetchCouncil({ gss: HARROW });
    await workbook.refreshComparisons();
    // Once per job: no plan is built only to see whether it throws.
    expect(asked).toEqual(["London Borough of Harrow", "London Borough of Harrow"]);

    linked = async () => {
      throw new PaneProblem("The register could not be read", "Its sheet is gone. The workbook is as it was.", "Link it again.");
    };
    const refreshed = await workbook.refreshComparisons();
    expect(refreshed.councils).toEqual(["London Borough of Harrow"]);
    expect(refreshed.notes).toContainEqual(
      'The register could not be read: Its sheet is gone. The published figures were written without it, and the "Ombudsman vs records" sheet was left as it was. Link it again.',
    );
    const fetched = await workbook.fetchCouncil({ gss: HARROW });
    expect(fetched.notes.some((note) => note.startsWith("The register could not be read"))).toBe(true);
    expect(host.table("OmbudsmanKeyStats")).toBeDefined();
    linked = async () => [];
    await workbook.refreshComparisons();
    expect(asked).toHaveLength(2);
  });
});

describe("Refresh comparisons", () => {
  it("rewrites every council fetched and never touches the analyst's sheet, even after it was edited", async () => {
    const { host, deps } = await setup();
    const workbook = createExcelWorkbook(deps);
    await workbook.fetchCouncil({ gss: HARROW });
    await workbook.fetchCouncil({ gss: LEEDS });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Our complaints").getRange("D2").values = [["checked"]];
    });
    const analystSheet = host.sheetState("Our complaints");
    const notes = host.sheetState("Notes");
    host.resetMeter();

    const result = await workbook.refreshComparisons();

    expect(result.councils).toEqual(["Leeds City Council", "London Borough of Harrow"]);
    expect(result.sources.map((entry) => entry.council)).toEqual(["Leeds City Council", "London Borough of Harrow"]);
    expect(host.sheetState("Our complaints")).toEqual(analystSheet);
    expect(host.sheetState("Notes")).toEqual(notes);
    expect(host.meterSummary().syncs).toBeLessThanOrEqual(2);
    expect(keyStatsRow(host, "London Borough of Harrow", "2019-20")["Upheld %"]).toBe(0.73);
  });

  it("uses new flag thresholds saved in the settings", async () => {
    const { host, deps } = await setup();
    const workbook = createExcelWorkbook(deps);
    await workbook.fetchCouncil({ gss: HARROW });
    const settings = (await workbook.settings()).settings;
    await workbook.saveSettings({ ...settings, flagSettings: { ...settings.flagSettings, aboveAverageMargin: 5 } });
    const result = await workbook.refreshComparisons();
    expect(result.flags.map((flag) => flag.id)).toEqual(["remedy-below-average"]);
    expect(keyStatsRow(host, "London Borough of Harrow", "2019-20").Flags).toBe("remedy-below-average");
  });

  it("with the live pull on, reads each council's page once, between the renderer's read and its write (2 syncs)", async () => {
    const { host, deps, client } = await setup();
    const workbook = createExcelWorkbook(deps);
    await workbook.fetchCouncil({ gss: HARROW });
    await workbook.saveSettings({ ...(await workbook.settings()).settings, livePull: true });
    vi.mocked(client.fetchStatisticsPage).mockClear();
    host.resetMeter();
    const progress: string[] = [];
    await workbook.refreshComparisons((p) => progress.push(p.label));
    expect(vi.mocked(client.fetchStatisticsPage).mock.calls.map((call) => call[0])).toEqual(["london-borough-of-harrow"]);
    expect(progress).toContain("Reading LGSCO's page for London Borough of Harrow (1 of 1)");
    expect(host.meterSummary().syncs).toBe(2);
  });

  it("says there is nothing to refresh in a workbook the add-in has not written to", async () => {
    const { host, deps } = await setup();
    const before = host.sheetStates();
    const problem = await problemOf(createExcelWorkbook(deps).refreshComparisons());
    expect(problem.title).toBe("Nothing to refresh yet");
    expect(problem.severity).toBe("warning");
    expect(problem.whatToDo).toBe("Choose your council and click Fetch my council first.");
    expect(host.sheetStates()).toEqual(before);
  });

  it("from the ribbon tells an open pane it started, how it is going and how it ended", async () => {
    const { deps } = await setup();
    const workbook = createExcelWorkbook(deps);
    const heard: WorkbookActivity[] = [];
    workbook.onActivity((activity) => heard.push(activity));
    await refreshFromRibbon(workbook);
    expect(heard[0]).toEqual({ kind: "refresh-started" });
    expect(heard.slice(1, -1).every((activity) => activity.kind === "progress")).toBe(true);
    expect(heard.at(-1)).toMatchObject({ kind: "refresh-failed", problem: { title: "Nothing to refresh yet" } });
    await workbook.fetchCouncil({ gss: HARROW });
    heard.length = 0;
    await refreshFromRibbon(workbook);
    expect(heard[0]).toEqual({ kind: "refresh-started" });
    expect(heard.at(-1)).toMatchObject({ kind: "refresh-finished", result: { councils: ["London Borough of Harrow"] } });
  });
});

describe("following a flag", () => {
  it("selects the flag's row of OmbudsmanKeyStats on its sheet, wherever the table is now", async () => {
    const { host, deps } = await setup();
    const workbook = createExcelWorkbook(deps);
    await workbook.fetchCouncil({ gss: HARROW });
    await workbook.fetchCouncil({ gss: LEEDS });
    await host.run(async (context) => context.workbook.worksheets.getItem("Notes").activate());

    await workbook.selectFlagRow("London Borough of Harrow", "2019-20");

    const table = host.table("OmbudsmanKeyStats")!;
    const selection = host.model.selection!;
    expect(host.activeSheetName()).toBe(table.sheet);
    const selected = host.values(table.sheet, `A${selection.rect.top + 1}:B${selection.rect.top + 1}`);
    expect(selected).toEqual([["London Borough of Harrow", "2019-20"]]);
    expect(selection.rect.right - selection.rect.left + 1).toBe(table.columns.length);
  });

  it("says so when the row is gone", async () => {
    const { deps } = await setup();
    const workbook = createExcelWorkbook(deps);
    await workbook.fetchCouncil({ gss: HARROW });
    const problem = await problemOf(workbook.selectFlagRow("London Borough of Harrow", "2031-32"));
    expect(problem.whatHappened).toMatch(/has no row for London Borough of Harrow, 2031-32/);
    expect(problem.whatToDo).toMatch(/Refresh comparisons/);
  });
});

describe("importing a letter (Import letters and pages)", () => {
  it("reads the real Harrow letter without writing anything, then adds it to the sheets, the store and the settings", async () => {
    const { host, deps, store } = await setup();
    const workbook = createExcelWorkbook(deps);
    const before = host.sheetStates();

    const rows = await workbook.readDocuments([{ kind: "text", text: HARROW_LETTER }], HARROW);

    expect(host.sheetStates()).toEqual(before);
    expect(rows).toHaveLength(1);
    const [reading] = rows;
    expect(reading!.council).toMatchObject({ gss: HARROW, name: "London Borough of Harrow" });
    expect(reading!.kind).toBe("annual-letter");
    expect(reading!.years).toHaveLength(1);
    const [year] = reading!.years;
    expect(year).toMatchObject({ year: "2019-20", upheld: { rate: 73 }, compliance: { rate: 100 }, satisfactoryRemedy: { rate: 8 } });
    expect(year!.source).toEqual({ kind: "annual-letter", title: "LGSCO annual review letter, pasted text", retrieved: "2026-11-26T10:00:00.000Z", carriedBy: "workbook" });

    const result = await workbook.addDocuments(rows, {});

    expect(result.sources.entries).toEqual([
      { kind: "letter", label: "LGSCO annual review letter, pasted text", when: "2026-11-26T10:00:00.000Z", years: ["2019-20"] },
    ]);
    const cited = "LGSCO annual review letter, pasted text (letter imported into this workbook on 2026-11-26)";
    expect(keyStatsRow(host, "London Borough of Harrow", "2019-20").Sources).toBe(cited);
    expect(store.yearFigures(HARROW, "2019-20")?.source.title).toBe("LGSCO annual review letter, pasted text");
    const kept = (host.settings.savedValues()[PANE_SETTINGS_KEY] as { letters: unknown[] }).letters;
    expect(kept).toHaveLength(1);

    // Opened again: the kept letter goes back into a fresh store.
    const { store: reopenedStore, deps: reopenedDeps } = await setup(host);
    await createExcelWorkbook(reopenedDeps).refreshComparisons();
    expect(reopenedStore.yearFigures(HARROW, "2019-20")?.source.title).toBe("LGSCO annual review letter, pasted text");
    // Cited the same way after reopening: a letter imported into this workbook, by name and date.
    expect(keyStatsRow(host, "London Borough of Harrow", "2019-20").Sources).toBe(cited);
  });

  it("says what was wrong with text that is not a letter, and what to do", async () => {
    const { deps } = await setup();
    const [row] = await createExcelWorkbook(deps).readDocuments([{ kind: "text", text: "Minutes of the scrutiny committee, 4 June." }]);
    expect(row!.years).toEqual([]);
    expect(row!.problem).toMatch(/^pasted text could not be read: unknown layout: no LGSCO statistics sentences found/);
  });
});

describe("settings", () => {
  it("refuses a host address that is not https, and keeps the saved settings", async () => {
    const { host, deps } = await setup();
    const workbook = createExcelWorkbook(deps);
    const problem = await problemOf(workbook.saveSettings({ ...(await workbook.settings()).settings, hostUrl: "http://addin.example.org" }));
    expect(problem.title).toBe("The settings were not saved");
    expect(problem.whatHappened).toMatch(/must be an https address/);
    expect(host.settings.savedValues()[PANE_SETTINGS_KEY]).toBeUndefined();
  });

  it("sends the live pull only to the add-in's own host, never to a host a received workbook names", async () => {
    const host = await analystWorkbook();
    host.settings.set(PANE_SETTINGS_KEY, { livePull: true, livePullSetBy: "analyst", hostUrl: "https://evil.example", flagSettings: DEFAULT_FLAG_SETTINGS, letters: [] });
    const { deps } = await setup(host);
    const asked: string[] = [];
    const workbook = createExcelWorkbook({ ...deps, liveClient: (base) => (asked.push(base), deps.liveClient(base)) });
    const { problems } = await workbook.settings();
    expect(problems).toContain("This workbook names another add-in host (https://evil.example); the live pull goes only through this add-in's own host, so it is not used.");
    await workbook.fetchCouncil({ gss: LEEDS });
    expect(asked).toEqual(["/lgsco"]);
    const problem = await problemOf(workbook.saveSettings({ ...(await workbook.settings()).settings, hostUrl: "https://evil.example" }));
    expect(problem.whatHappened).toMatch(/goes only through this add-in's own host/);
  });

  it("does not take a planted letter a received workbook carries, and says why; a good one is cited as imported into the workbook", async () => {
    const host = await analystWorkbook();
    const planted = { authority: "London Borough of Harrow", gss: HARROW, year: "2019-20", upheld: { rate: 12, count: 24, of: 33 }, source: { kind: "dataset", title: "embedded dataset" } };
    // Composed for this test: a letter-only year (the dataset starts later), its figures not LGSCO's.
    const composed = { authority: "London Borough of Harrow", gss: HARROW, year: "2013-14", upheld: { rate: 61, count: 11, of: 18 }, source: { kind: "annual-letter", title: "composed-letter.pdf", url: "https://www.lgo.org.uk/x" } };
    host.settings.set(PANE_SETTINGS_KEY, { hostUrl: "", flagSettings: DEFAULT_FLAG_SETTINGS, letters: [planted, composed] });
    const { deps, store } = await setup(host);
    const workbook = createExcelWorkbook(deps);
    const { problems } = await workbook.settings();
    expect(problems).toEqual([
      "A letter kept in this workbook (London Borough of Harrow, 2019-20) was not used: its figures disagree with its own counts. The upheld rate is published as 12% but 24 of 33 is 73%.",
    ]);
    expect(store.yearFigures(HARROW, "2019-20")?.upheld?.rate).toBe(73);
    await workbook.saveSettings({ ...(await workbook.settings()).settings, livePull: false });
    const result = await workbook.fetchCouncil({ gss: HARROW, years: { from: "2013-14", to: "2019-20" } });
    expect(result.sources.entries.find((entry) => entry.kind === "letter")).toEqual({ kind: "letter", label: "composed-letter.pdf", years: ["2013-14"] });
    expect(String(keyStatsRow(host, "London Borough of Harrow", "2013-14").Sources)).toBe("composed-letter.pdf (letter imported into this workbook on a date not recorded)");
    expect(keyStatsRow(host, "London Borough of Harrow", "2019-20")["Upheld %"]).toBe(0.73);
  });

  it("gives the figures store (and so the =LGSCO.* formulas) the new thresholds", async () => {
    const { deps, store } = await setup();
    const workbook = createExcelWorkbook(deps);
    await workbook.fetchCouncil({ gss: HARROW });
    const settings = (await workbook.settings()).settings;
    await workbook.saveSettings({ ...settings, flagSettings: { ...settings.flagSettings, risingPoints: 5 } });
    expect(store.flagSettings.risingPoints).toBe(5);
  });

  it("lists the register's councils for the picker, abolished ones marked", async () => {
    const { deps } = await setup();
    const councils = await createExcelWorkbook(deps).councils();
    expect(councils.find((council) => council.gss === HARROW)).toEqual({ gss: HARROW, name: "London Borough of Harrow", shortName: "Harrow", type: "London Borough" });
    expect(councils.some((council) => council.abolished !== undefined)).toBe(true);
  });
});
