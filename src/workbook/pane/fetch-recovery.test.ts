// A Fetch or Refresh that Excel stops part-way is finished by the next one (issue 10): with a
// failure injected at every round trip and every write command in turn, the leftovers are the
// add-in's (marked, or empty sheets of its names), the pane's advice holds, and the next Fetch or
// Refresh leaves exactly what an unbroken one would. Driven through the pane's workbook API.
import { describe, expect, it } from "vitest";
import { createExcelHost, type ExcelHost } from "../../../test/support/excel-host";
import { loadDataset } from "../../sources/dataset/dataset";
import { FiguresStore } from "../../sources/figures-store";
import { createExcelWorkbook, type ExcelWorkbook } from "./excel-workbook";
import type { DocumentSettings } from "./office-settings";
import { isPaneProblem, type PaneProblem } from "./pane-api";

const HARROW = "E09000015";
const CROYDON = "E09000008";
const ANALYST_SHEETS = ["Our complaints", "Notes"];

async function paneOn(host: ExcelHost): Promise<ExcelWorkbook> {
  const dataset = await loadDataset();
  const store = new FiguresStore({ dataset });
  const workbook = createExcelWorkbook({
    run: host.run,
    documentSettings: host.settings as unknown as DocumentSettings,
    store: async () => store,
    yearsHeld: async () => dataset.years(),
    liveClient: () => ({ fetchStatisticsPage: () => Promise.reject(new Error("The live pull is off in these tests.")) }),
    pageUrl: "https://addin.example.org/taskpane.html",
    now: () => new Date("2026-11-26T10:00:00Z"),
  });
  await workbook.saveSettings({ ...(await workbook.settings()).settings, livePull: false });
  return workbook;
}

async function analystHost(): Promise<ExcelHost> {
  const host = createExcelHost({ sheets: ANALYST_SHEETS });
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Our complaints").getRange("A1:B2").values = [["Reference", "Outcome"], ["C-1", "upheld"]];
  });
  return host;
}

/** What the add-in left: every sheet, table and defined name, without the host's internal ids. */
function workbookState(host: ExcelHost): unknown {
  return {
    sheets: host.sheetStates().map((sheet) => ({ ...sheet, tables: sheet.tables.map(({ id: _id, ...table }) => table) })),
    names: [...host.names()].sort((a, b) => a.name.localeCompare(b.name)),
  };
}

async function problemOf(promise: Promise<unknown>): Promise<PaneProblem> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isPaneProblem(error), `expected a PaneProblem, got ${String(error)}`).toBe(true);
  return error as PaneProblem;
}

/** The leftovers are the add-in's: no "Ombudsman (2)", and every sheet beside the analyst's is marked or empty. */
function expectRecognisableLeftovers(host: ExcelHost, step: string): void {
  expect(host.sheetNames().filter((name) => / \(\d+\)$/.test(name)), step).toEqual([]);
  // A sheet's own marker, or the marker of a table on it (render-targets.ts takes either).
  const sheetOf = (formula: string) => /^='?(.*?)'?!/.exec(formula)?.[1]?.replace(/''/g, "'");
  const marked = new Set(host.names().flatMap((entry) => (/^OmbudsmanScrutiny_(Sheet|Table)_/.test(entry.name) ? [sheetOf(entry.formula)] : [])));
  for (const sheet of host.sheetStates()) {
    if (ANALYST_SHEETS.includes(sheet.name)) continue;
    const empty = Object.keys(sheet.cells).length === 0 && sheet.charts.length === 0 && sheet.tables.length === 0;
    expect(marked.has(sheet.name) || empty, `${step}: the sheet "${sheet.name}" is neither marked nor empty`).toBe(true);
  }
}

interface Steps {
  roundTrips: number;
  writes: number;
}

async function stepsOf(job: (workbook: ExcelWorkbook) => Promise<unknown>, before: (workbook: ExcelWorkbook) => Promise<unknown> = async () => undefined): Promise<{ steps: Steps; after: unknown }> {
  const host = await analystHost();
  const workbook = await paneOn(host);
  await before(workbook);
  const start = host.faults.counts();
  await job(workbook);
  const end = host.faults.counts();
  return { steps: { roundTrips: end.roundTrips - start.roundTrips, writes: end.writes - start.writes }, after: workbookState(host) };
}

/** Every step of a job to fail in turn: each round trip, then each write command. */
function failures(steps: Steps): { label: string; inject: (host: ExcelHost) => void }[] {
  return [
    ...Array.from({ length: steps.roundTrips }, (_, i) => ({ label: `round trip ${i + 1} of ${steps.roundTrips}`, inject: (host: ExcelHost) => host.faults.failRoundTrip(i + 1) })),
    ...Array.from({ length: steps.writes }, (_, i) => ({ label: `write ${i + 1} of ${steps.writes}`, inject: (host: ExcelHost) => host.faults.failWrite(i + 1) })),
  ];
}

describe("a first Fetch that fails part-way", () => {
  it("is finished by the next Fetch at every step, and by Refresh once the pane says so", async () => {
    const fetchHarrow = (workbook: ExcelWorkbook) => workbook.fetchCouncil({ gss: HARROW });
    const clean = await stepsOf(fetchHarrow);
    expect(clean.steps.roundTrips).toBeGreaterThan(1);
    for (const failure of failures(clean.steps)) {
      const host = await analystHost();
      const workbook = await paneOn(host);
      failure.inject(host);
      const problem = await problemOf(fetchHarrow(workbook));
      expectRecognisableLeftovers(host, failure.label);
      // Once the council is marked, Refresh finds it; the pane only ever promises that to a Refresh.
      const marked = host.names().some((entry) => entry.name === `OmbudsmanScrutiny_Council_${HARROW}`);
      expect(problem.message, failure.label).not.toMatch(/Refresh comparisons/);
      const refreshHelps = marked;
      if (refreshHelps) {
        const refreshed = await workbook.refreshComparisons().then(
          (result) => result.councils,
          (error: PaneProblem) => `${failure.label}: Refresh failed after the pane said it would help: ${error.title}: ${error.message}`,
        );
        expect(refreshed, failure.label).toContain("London Borough of Harrow");
      }
      await fetchHarrow(workbook);
      expect(workbookState(host), failure.label).toEqual(clean.after);
    }
  }, 240_000);
});

describe("a Refresh that fails part-way", () => {
  it("is finished by the next Refresh at every step", async () => {
    const fetchBoth = async (workbook: ExcelWorkbook) => {
      await workbook.fetchCouncil({ gss: HARROW });
      await workbook.fetchCouncil({ gss: CROYDON });
    };
    const refresh = (workbook: ExcelWorkbook) => workbook.refreshComparisons();
    const clean = await stepsOf(refresh, fetchBoth);
    for (const failure of failures(clean.steps)) {
      const host = await analystHost();
      const workbook = await paneOn(host);
      await fetchBoth(workbook);
      failure.inject(host);
      await problemOf(refresh(workbook));
      expectRecognisableLeftovers(host, failure.label);
      await refresh(workbook);
      expect(workbookState(host), failure.label).toEqual(clean.after);
    }
  }, 240_000);
});
