// `cli fetch` with an LGSCO page name (--lgsco-page, and the name remembered from an earlier
// --live) read from the stand-in LGSCO server, and with peers that mean something (--peers).
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runCommand, type CommandOutput } from "../../../test/support/cli";
import { rejection } from "../../../test/support/expected-error";
import { startLgscoStandIn, type LgscoStandIn } from "../../../test/support/lgsco-stand-in";
import { readXlsxTable } from "../../../test/support/xlsx-table";
import { loadDataset } from "../../sources/dataset/dataset";
import { xlsxWorkbookWriter } from "../../workbook/xlsx/xlsx-renderer";
import { CliInputError } from "../cli-error";
import { createFetchCommand, nodeLiveClient, nodePageNames, type FetchDependencies } from "./fetch";

// A page composed by us: the stand-in's Sheffield 2022-23 layout and figures under Hull's name.
// Its figures are Sheffield's published ones, not Hull's: it tests reading, nothing else.
const HULL_PAGE = readFileSync(new URL("../../../test/fixtures/stand-in/sheffield-city-council-2022-23.composed.html", import.meta.url), "utf8").replaceAll(
  "Sheffield City Council",
  "Hull City Council",
);
const HULL_PAGE_NAME = "Kingston-Upon-Hull-City-Council";

let folder: string;
let standIn: LgscoStandIn;
beforeAll(async () => {
  standIn = await startLgscoStandIn();
  standIn.setPage(HULL_PAGE_NAME, { html: HULL_PAGE });
});
afterAll(async () => {
  await standIn.close();
});
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "fetch-pages-peers-"));
  standIn.requests.length = 0;
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function deps(): FetchDependencies {
  const env = { LGSCO_UPSTREAM_BASE_URL: standIn.baseUrl, OMBUDSMAN_CACHE_DIR: join(folder, "cache") };
  return { loadDataset, checkReadable: async () => {}, liveClient: () => nodeLiveClient(env), writer: xlsxWorkbookWriter, pageNames: () => nodePageNames(env) };
}

const run = (args: string[]): Promise<CommandOutput> => runCommand(createFetchCommand(deps()), args);

describe("cli fetch --live with an LGSCO page name", () => {
  it("cli fetch Hull --live --lgsco-page NAME reads that page, and only that page", async () => {
    const out = join(folder, "hull.xlsx");
    const { stdout } = await run(["Hull", "--live", "--lgsco-page", HULL_PAGE_NAME, "--out", out]);
    expect(standIn.requests.map((r) => r.slug)).toEqual([HULL_PAGE_NAME]);
    expect(stdout).toContain("2022-23 figures are from LGSCO's statistics page");
    const row = (await readXlsxTable(out, "OmbudsmanKeyStats")).rows.find((r) => r.Council?.value === "Hull City Council" && r.Year?.value === "2022-23")!;
    expect([row.Investigations!.value, row.Upheld!.value, row["Upheld %"]!.value]).toEqual([26, 19, 0.73]);
    expect(row.Sources!.value).toBe(`${standIn.baseUrl}/${HULL_PAGE_NAME}/statistics`);
  });

  it("says plainly when LGSCO has no page under the name given, and writes nothing", async () => {
    const error = await rejection(CliInputError, run(["Hull", "--live", "--lgsco-page", "hull-council", "--out", join(folder, "hull.xlsx")]));
    expect(error.message).toContain('LGSCO has no statistics page for Hull City Council under the page name "hull-council" given');
    expect(standIn.requests.map((r) => r.slug)).toEqual(["hull-council"]);
    expect((await readdir(folder)).filter((name) => name !== "cache")).toEqual([]);
  });

  it("when no page name tried answers and no figures are held, names --lgsco-page, --import and --data-file, and writes nothing", async () => {
    const error = await rejection(CliInputError, run(["Hull", "--live", "--out", join(folder, "hull.xlsx")]));
    expect(error.message).toMatch(/^No published figures are held for Hull City Council: .* and the live pull failed \(LGSCO has no statistics page for Hull City Council under /);
    for (const option of ["--lgsco-page NAME", "--import FILE", "--data-file FILE"]) expect(error.message).toContain(option);
    expect((await readdir(folder)).filter((name) => name !== "cache")).toEqual([]);
  });

  it("remembers the name that answered a search, and asks for it first next time", async () => {
    standIn.setPage("kingston-upon-hull-city-council", { html: HULL_PAGE });
    try {
      await run(["Hull", "--live", "--out", join(folder, "first.xlsx")]);
      expect(standIn.requests.map((r) => r.slug).at(-1)).toBe("kingston-upon-hull-city-council");
      expect(standIn.requests.length).toBeGreaterThan(1);
      standIn.requests.length = 0;
      // The cached page goes (so the next run must ask LGSCO); the remembered names stay.
      const cache = join(folder, "cache");
      for (const name of await readdir(cache)) if (name !== "page-names") await rm(join(cache, name), { recursive: true });
      await run(["Hull", "--live", "--out", join(folder, "second.xlsx")]);
      expect(standIn.requests.map((r) => r.slug)).toEqual(["kingston-upon-hull-city-council"]);
    } finally {
      standIn.removePage("kingston-upon-hull-city-council");
    }
  });
});

describe("cli fetch peers", () => {
  it("Harrow's peers sheet ranks no one among fewer than 10 councils holding the figure", async () => {
    const out = join(folder, "harrow.xlsx");
    await run(["Harrow", "--out", out]);
    const peers = await readXlsxTable(out, "OmbudsmanPeers");
    expect(peers.rows.length).toBeGreaterThan(0);
    for (const row of peers.rows) {
      const of = row.Of!.value;
      if (of !== null && of !== undefined) expect(Number(of)).toBeGreaterThanOrEqual(10);
    }
    expect(peers.rows.some((row) => row.Council?.value === "London Borough of Harrow" && row.Rank?.value === null)).toBe(true);
  });

  it("--peers \"A; B; C\" shows each of them beside the council, with figures where held", async () => {
    const out = join(folder, "croydon.xlsx");
    await run(["Croydon", "--years", "2023-24", "--peers", "Barnet; Tower Hamlets; E09000015", "--out", out]);
    const rows = (await readXlsxTable(out, "OmbudsmanPeers")).rows.map((row) => [row.Council!.value, row.Year!.value, row.Rank!.value]);
    expect(rows.filter((row) => row[1] === "2023-24").map((row) => row[0])).toEqual([
      "London Borough of Barnet",
      "London Borough of Croydon",
      "London Borough of Tower Hamlets",
      "London Borough of Harrow",
    ]);
    // Harrow's 2023-24 figures are not held, so the set is incomplete and under 10: no ranks.
    expect(rows.every((row) => row[2] === null)).toBe(true);
  });

  it("--peers FILE reads one council per line, and refuses an unknown council by name, writing nothing", async () => {
    const list = join(folder, "neighbours.txt");
    await writeFile(list, "# CIPFA nearest neighbours\nBarnet\nAtlantis\n");
    const error = await rejection(CliInputError, run(["Croydon", "--peers", list, "--out", join(folder, "croydon.xlsx")]));
    expect(error.message).toMatch(/^--peers neighbours\.txt: The list of peer councils has a problem: No council in the register matches "Atlantis"/);
    expect((await readdir(folder)).sort()).toEqual(["neighbours.txt"]);
  });
});
