// The pane's bulk imports on the in-memory Excel host with the real dataset: several documents
// read into rows and added for one council; LGSCO's data tables read and every council kept.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createExcelHost, type ExcelHost } from "../../../test/support/excel-host";
import { loadDataset } from "../../sources/dataset/dataset";
import { FiguresStore } from "../../sources/figures-store";
import { createExcelWorkbook, type ExcelWorkbookDependencies } from "./excel-workbook";
import type { DocumentSettings } from "./office-settings";
import { isPaneProblem } from "./pane-api";
import { PANE_SETTINGS_KEY } from "./pane-settings";

// Sutton's pages are real stored copies; the data tables are composed by us with made-up figures.
const bytes = (path: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/${path}`, import.meta.url)));
const SUTTON = "E09000029";
const BARNET = "E09000003";
const file = (path: string) => ({ kind: "file" as const, fileName: path.replace(/^.*\//, ""), bytes: bytes(path) });

async function setup(): Promise<{ host: ExcelHost; store: FiguresStore; deps: ExcelWorkbookDependencies }> {
  const host = createExcelHost({ sheets: ["Notes"] });
  const dataset = await loadDataset();
  const store = new FiguresStore({ dataset });
  const deps: ExcelWorkbookDependencies = {
    run: host.run,
    documentSettings: host.settings as unknown as DocumentSettings,
    store: async () => store,
    yearsHeld: async () => dataset.years(),
    liveClient: () => ({ fetchStatisticsPage: () => Promise.reject(new Error("no live pull in this test")) }),
    pageUrl: "file:///taskpane.html",
    now: () => new Date("2026-12-02T10:00:00Z"),
  };
  return { host, store, deps };
}

function keyStatsRows(host: ExcelHost, council: string): Record<string, unknown>[] {
  const table = host.table("OmbudsmanKeyStats")!;
  const [header, ...rows] = host.values(table.sheet, table.address);
  return rows.filter((row) => row[0] === council).map((row) => Object.fromEntries(header!.map((name, i) => [String(name), row[i]])));
}

describe("documents in bulk", () => {
  it("reads several documents into rows without writing, then adds them for their council, each year citing its document", async () => {
    const { host, deps } = await setup();
    const workbook = createExcelWorkbook(deps);
    const before = host.sheetStates();
    const rows = await workbook.readDocuments([file("pages/sutton-2023-24.real.txt"), file("pages/sutton-2024-25.real.txt")], SUTTON);
    expect(host.sheetStates()).toEqual(before);
    expect(rows.map((row) => [row.document, row.council?.name, row.years.map((year) => year.year), row.problem])).toEqual([
      ["sutton-2023-24.real.txt", "London Borough of Sutton", ["2023-24"], undefined],
      ["sutton-2024-25.real.txt", "London Borough of Sutton", ["2024-25"], undefined],
    ]);

    await workbook.addDocuments(rows, {});
    expect(keyStatsRows(host, "London Borough of Sutton").map((row) => [row.Year, row.Upheld, row.Sources])).toEqual([
      // Cited as a document the workbook keeps, as a single letter is and as it is after reopening.
      ["2023-24", 16, "LGSCO statistics page, sutton-2023-24.real.txt (statistics page imported into this workbook on 2026-12-02)"],
      ["2024-25", 13, "LGSCO statistics page, sutton-2024-25.real.txt (statistics page imported into this workbook on 2026-12-02)"],
    ]);
    expect((host.settings.savedValues()[PANE_SETTINGS_KEY] as { letters: unknown[] }).letters).toHaveLength(2);
  });

  it("refuses a document for another council by name, and adds nothing when none can be added", async () => {
    const { host, deps } = await setup();
    const workbook = createExcelWorkbook(deps);
    const rows = await workbook.readDocuments([file("pages/birmingham-2024-25.real.txt")], SUTTON);
    expect(rows[0]?.problem).toBe("birmingham-2024-25.real.txt is for Birmingham City Council, not London Borough of Sutton.");
    const before = host.sheetStates();
    const refused = await workbook.addDocuments(rows, {}).catch((error: unknown) => error);
    expect(isPaneProblem(refused) && refused.whatHappened).toBe("None of the documents can be added.");
    expect(host.sheetStates()).toEqual(before);
  });
});

describe("LGSCO's data tables", () => {
  it("reads several tables, then keeps every council in them and writes the chosen one", async () => {
    const { host, store, deps } = await setup();
    const workbook = createExcelWorkbook(deps);
    const reading = await workbook.readDataTables([
      { fileName: "decisions-two-row-header-2023-24.composed.csv", bytes: bytes("data-files/decisions-two-row-header-2023-24.composed.csv") },
      { fileName: "remedy-and-compliance-2023-24.unicode-text.composed.txt", bytes: bytes("data-files/remedy-and-compliance-2023-24.unicode-text.composed.txt") },
    ]);
    expect([reading.councils, reading.years]).toEqual([2, ["2023-24"]]);
    expect(reading.report.join("\n")).toMatch(/Row 8 not used: London Borough of Harrow's figures disagree/);

    const added = await workbook.addDataTables(reading, { gss: SUTTON });
    expect(added.fetched?.council.gss).toBe(SUTTON);
    expect(keyStatsRows(host, "London Borough of Sutton").map((row) => [row.Year, row.Upheld, row.Investigations])).toEqual([["2023-24", 16, 20]]);
    expect(store.yearFigures(SUTTON, "2023-24")?.source).toMatchObject({ kind: "data-file", title: "decisions-two-row-header-2023-24.composed.csv" });
    // Barnet's year is held from its statistics page, which ranks above a data table.
    expect(store.yearFigures(BARNET, "2023-24")?.source.kind).toBe("statistics-page");
  });

  it("refuses a file that is not a data table, naming it, keeping nothing", async () => {
    const { deps } = await setup();
    const refused = await createExcelWorkbook(deps)
      .readDataTables([{ fileName: "notes.csv", bytes: new TextEncoder().encode("Minutes,of the committee\nItem 4,complaints\n") }])
      .catch((error: unknown) => error);
    expect(isPaneProblem(refused) && refused.whatHappened).toMatch(/^No council figures found in notes.csv: /);
  });
});
