// `cli fetch --live` takes a statistics page only when it is the council's own and agrees with
// its own counts (issue 12); otherwise it says why in one line and the held figures stand. The
// pages are the stand-in's composed Sheffield page altered as a wrong or planted copy would be.
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runCommand } from "../../../test/support/cli";
import { startLgscoStandIn, type LgscoStandIn } from "../../../test/support/lgsco-stand-in";
import { readXlsxTable } from "../../../test/support/xlsx-table";
import { loadDataset } from "../../sources/dataset/dataset";
import { xlsxWorkbookWriter } from "../../workbook/xlsx/xlsx-renderer";
import { createFetchCommand, nodeLiveClient } from "./fetch";

const SHEFFIELD_PAGE = readFileSync(new URL("../../../test/fixtures/stand-in/sheffield-city-council-2022-23.composed.html", import.meta.url), "utf8");

let standIn: LgscoStandIn;
let folder: string;
beforeAll(async () => {
  standIn = await startLgscoStandIn();
});
afterAll(async () => {
  await standIn.close();
});
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "fetch-refuses-"));
});
afterEach(async () => {
  standIn.setPage("sheffield-city-council", { html: SHEFFIELD_PAGE });
  await rm(folder, { recursive: true, force: true });
});

async function fetchSheffield(): Promise<{ stdout: string; similarUpheld: unknown; upheld: unknown }> {
  const out = join(folder, "sheffield.xlsx");
  const liveClient = () => nodeLiveClient({ LGSCO_UPSTREAM_BASE_URL: standIn.baseUrl, OMBUDSMAN_CACHE_DIR: join(folder, "cache") });
  const { stdout } = await runCommand(createFetchCommand({ loadDataset, checkReadable: async () => {}, writer: xlsxWorkbookWriter, liveClient }), ["Sheffield", "--live", "--out", out]);
  const row = (await readXlsxTable(out, "OmbudsmanKeyStats")).rows.find((r) => r.Year?.value === "2022-23")!;
  return { stdout, similarUpheld: row["Similar upheld %"]?.value, upheld: row["Upheld %"]?.value };
}

describe("cli fetch --live refuses a page that is not the council's own or contradicts itself", () => {
  it.each(["Gotham City Council", "Leeds City Councill"])("a page at Sheffield's address naming %s: refused by name, Sheffield's figures stand", async (name) => {
    // The wrong page also gives another similar-authority average (77% made 60%): it must not reach the sheet.
    standIn.setPage("sheffield-city-council", { html: SHEFFIELD_PAGE.replaceAll("Sheffield City Council", name).replace("an average of 77%", "an average of 60%") });
    const { stdout, similarUpheld } = await fetchSheffield();
    expect(stdout).toContain(`is about "${name}" (a council the register does not know), not Sheffield City Council`);
    expect(similarUpheld).toBe(0.77);
  });

  it("a page whose upheld rate its own counts contradict: reported, the held 73% stands", async () => {
    standIn.setPage("sheffield-city-council", { html: SHEFFIELD_PAGE.replace(/\b73%/, "40%") });
    const { stdout, upheld } = await fetchSheffield();
    expect(stdout).toContain("disagrees with its own counts (The upheld rate is published as 40% but 19 of 26 is 73%)");
    expect(upheld).toBe(0.73);
  });
});
