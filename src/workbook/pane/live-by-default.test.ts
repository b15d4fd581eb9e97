// The live pull as a new analyst meets it: on by default when the pane is served by the add-in's
// host, reading LGSCO's page (the stand-in, over real HTTP on 127.0.0.1) without Settings being
// opened; an explicit "off" kept; the page name that answered remembered in the workbook.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createExcelHost, type ExcelHost } from "../../../test/support/excel-host";
import { startLgscoStandIn, type LgscoStandIn } from "../../../test/support/lgsco-stand-in";
import { recordingSleep } from "../../../test/support/manual-timers";
import { loadDataset } from "../../sources/dataset/dataset";
import { FiguresStore } from "../../sources/figures-store";
import { LgscoClient } from "../../sources/live/lgsco-client";
import { createExcelWorkbook, type ExcelWorkbookDependencies } from "./excel-workbook";
import type { DocumentSettings } from "./office-settings";
import { PANE_SETTINGS_KEY } from "./pane-settings";

const SHEFFIELD = "E08000019";
const HULL = "E06000010";
let standIn: LgscoStandIn;

beforeAll(async () => {
  standIn = await startLgscoStandIn();
});
afterAll(async () => {
  await standIn.close();
});
beforeEach(() => {
  standIn.requests.length = 0;
});

async function pane(pageUrl = "https://addin.example.org/taskpane.html", host: ExcelHost = createExcelHost({ sheets: ["Notes"] })) {
  const dataset = await loadDataset();
  const store = new FiguresStore({ dataset });
  const deps: ExcelWorkbookDependencies = {
    run: host.run,
    documentSettings: host.settings as unknown as DocumentSettings,
    store: async () => store,
    yearsHeld: async () => dataset.years(),
    // The pane's client asks the host's relay; here the stand-in plays LGSCO behind it.
    liveClient: () => new LgscoClient({ baseUrl: standIn.baseUrl, sleep: recordingSleep().sleep }),
    pageUrl,
  };
  return { host, workbook: createExcelWorkbook(deps), dataset };
}

function keyStatsRow(host: ExcelHost, council: string, year: string): Record<string, unknown> | undefined {
  const table = host.table("OmbudsmanKeyStats")!;
  const [header, ...rows] = host.values(table.sheet, table.address);
  const row = rows.find((r) => r[0] === council && r[1] === year);
  return row && Object.fromEntries(header!.map((name, i) => [String(name), row[i]]));
}

describe("live by default", () => {
  it("reads Sheffield's live page on the first Fetch, without the analyst opening Settings", async () => {
    const { host, workbook } = await pane();
    const result = await workbook.fetchCouncil({ gss: SHEFFIELD });
    expect(standIn.requestsFor("sheffield-city-council")).toHaveLength(1);
    expect(result.sources.live.state).toBe("used");
    const pageUrl = `${standIn.baseUrl}/sheffield-city-council/statistics`;
    expect(keyStatsRow(host, "Sheffield City Council", "2022-23")).toMatchObject({ Investigations: 26, Upheld: 19, "Upheld %": 0.73, Sources: expect.stringContaining(pageUrl) });
    // The name that answered is kept in the workbook, to be tried first next time.
    expect(host.settings.savedValues()[PANE_SETTINGS_KEY]).toMatchObject({ lgscoPages: { [SHEFFIELD]: "sheffield-city-council" } });
  });

  it("refuses a page at Sheffield's address naming a council the register does not know; Sheffield's figures stand in sheets and store", async () => {
    const original = readFileSync(new URL("../../../test/fixtures/stand-in/sheffield-city-council-2022-23.composed.html", import.meta.url), "utf8");
    // Composed: Sheffield's page under another name, with another similar-authority average (77% made 60%).
    standIn.setPage("sheffield-city-council", { html: original.replaceAll("Sheffield City Council", "Gotham City Council").replace("an average of 77%", "an average of 60%") });
    try {
      const { host, workbook } = await pane();
      const result = await workbook.fetchCouncil({ gss: SHEFFIELD });
      expect(result.sources.live).toMatchObject({ state: "failed", message: expect.stringContaining('is about "Gotham City Council" (a council the register does not know), not Sheffield City Council') });
      expect(keyStatsRow(host, "Sheffield City Council", "2022-23")).toMatchObject({ "Upheld %": 0.73, "Similar upheld %": 0.77 });
    } finally {
      standIn.setPage("sheffield-city-council", { html: original });
    }
  });

  it("keeps the analyst's explicit off: no page is asked for", async () => {
    const { workbook } = await pane();
    await workbook.saveSettings({ ...(await workbook.settings()).settings, livePull: false });
    const result = await workbook.fetchCouncil({ gss: SHEFFIELD });
    expect(result.sources.live.state).toBe("off");
    expect(standIn.requests).toEqual([]);
  });

  it("stays off where the pane was not served by a host (no relay to ask)", async () => {
    const { workbook } = await pane("file:///C:/addin/taskpane.html");
    expect((await workbook.settings()).settings.livePull).toBe(false);
  });

  it("when LGSCO fails, the held figures stand and the problem is one line", async () => {
    standIn.failNext("sheffield-city-council", 3, 503);
    const { host, workbook, dataset } = await pane();
    const result = await workbook.fetchCouncil({ gss: SHEFFIELD });
    expect(result.sources.live.state).toBe("failed");
    expect(result.sources.live.message).not.toContain("\n");
    expect(result.sources.live.message).toContain(`showing the embedded figures as of ${dataset.asOf}`);
    expect(keyStatsRow(host, "Sheffield City Council", "2022-23")).toBeDefined();
  });
});

describe("the page name that answered", () => {
  it("is found by trying the candidates, remembered in the workbook, and tried first on the next Fetch", async () => {
    // A page composed by us (the stand-in's Sheffield layout and figures, renamed): not Hull's figures.
    const composed = readFileSync(new URL("../../../test/fixtures/stand-in/sheffield-city-council-2022-23.composed.html", import.meta.url), "utf8")
      .replaceAll("Sheffield City Council", "Hull City Council");
    standIn.setPage("kingston-upon-hull-city-council", { html: composed });
    try {
      const { host, workbook } = await pane();
      const first = await workbook.fetchCouncil({ gss: HULL });
      expect(first.sources.live.state).toBe("used");
      const tried = standIn.requests.map((r) => r.slug);
      expect(tried[0]).toBe("hull-city-council");
      expect(tried.at(-1)).toBe("kingston-upon-hull-city-council");
      expect(host.settings.savedValues()[PANE_SETTINGS_KEY]).toMatchObject({ lgscoPages: { [HULL]: "kingston-upon-hull-city-council" } });

      standIn.requests.length = 0;
      const reopened = await pane(undefined, host);
      await reopened.workbook.fetchCouncil({ gss: HULL });
      expect(standIn.requests.map((r) => r.slug)).toEqual(["kingston-upon-hull-city-council"]);
    } finally {
      standIn.removePage("kingston-upon-hull-city-council");
    }
  });
});
