import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import ExcelJS from "exceljs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runCli, runCommand, type CommandOutput } from "../../../test/support/cli";
import { rejection } from "../../../test/support/expected-error";
import { loadDataset } from "../../sources/dataset/dataset";
import { startLgscoStandIn, type LgscoStandIn } from "../../../test/support/lgsco-stand-in";
import { readXlsxTable, type XlsxTable } from "../../../test/support/xlsx-table";
import { CliInputError } from "../cli-error";
import fetchCommand, { createFetchCommand, nodeLiveClient, type FetchDependencies, type WorkbookWriter } from "./fetch";
import { councilsInXlsx, xlsxWorkbookWriter } from "../../workbook/xlsx/xlsx-renderer";

/** Refused requests must never reach the writer: this one fails the test if they do. */
const writerNeverCalled: WorkbookWriter = {
  write: () => Promise.reject(new Error("the writer must not be called")),
};

let folder: string;
let standIn: LgscoStandIn;
beforeAll(async () => {
  standIn = await startLgscoStandIn();
});
afterAll(async () => {
  await standIn.close();
});
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "fetch-test-"));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function deps(writer: WorkbookWriter = writerNeverCalled): FetchDependencies {
  return {
    loadDataset,
    checkReadable: async () => {},
    liveClient: () => nodeLiveClient({ LGSCO_UPSTREAM_BASE_URL: standIn.baseUrl, OMBUDSMAN_CACHE_DIR: join(folder, "cache") }),
    writer,
  };
}

function run(args: string[], dependencies = deps()): Promise<CommandOutput> {
  return runCommand(createFetchCommand(dependencies), args);
}

async function refused(args: string[]): Promise<string> {
  const error = await rejection(CliInputError, run(args));
  // No file, not even a temporary one, is left behind.
  expect((await readdir(folder)).filter((name) => name !== "cache")).toEqual([]);
  return error.message;
}

describe("cli fetch refuses what it cannot do, with one clear line and no file", () => {
  it("an unknown council, with suggestions", async () => {
    const message = await refused(["Harow", "--out", join(folder, "out.xlsx")]);
    expect(message).toBe('No council in the register matches "Harow". Did you mean: Harlow District Council; London Borough of Harrow?');
  });

  it("a council with no figures held, saying what is held and what would get some", async () => {
    const message = await refused(["Adur", "--out", join(folder, "adur.xlsx")]);
    expect(message).toMatch(/^No published figures are held for Adur District Council: the embedded dataset \(as of \d{4}-\d{2}-\d{2}\) holds none for it\./);
    expect(message).toContain("--live");
    expect(message).toContain("annual letter");
    // Commands that work from here: fetch cannot take `cli parse`'s output.
    expect(message).toContain("--import FILE");
    expect(message).toContain("--data-file FILE");
    expect(message).not.toContain("cli parse");
  });

  it("a year range with none of the council's years, naming the years held", async () => {
    const message = await refused(["Harrow", "--out", join(folder, "h.xlsx"), "--years", "2022-23..2024-25"]);
    expect(message).toMatch(/^No published figures are held for London Borough of Harrow for 2022-23 to 2024-25: the embedded dataset \(as of [-\d]+\) holds 2019-20 for it\./);
  });

  it("an empty year range", async () => {
    expect(await refused(["Harrow", "--out", join(folder, "h.xlsx"), "--years", "2024-25..2019-20"])).toMatch(/empty/);
  });

  it("a folder that does not exist, a path that is a folder, a path under a file", async () => {
    expect(await refused(["Harrow", "--out", join(folder, "missing", "h.xlsx")])).toMatch(/the folder .* does not exist/);
    await mkdir(join(folder, "taken.xlsx"));
    expect(await run(["Harrow", "--out", join(folder, "taken.xlsx")]).catch((error: Error) => error.message)).toMatch(/it is a folder/);
    await rm(join(folder, "taken.xlsx"), { recursive: true });
    await writeFile(join(folder, "plain"), "not a folder");
    expect(await run(["Harrow", "--out", join(folder, "plain", "h.xlsx")]).catch((error: Error) => error.message)).toMatch(/does not exist/);
  });

  it("--live for a council with no figures whose page LGSCO does not have: says the live pull failed", async () => {
    const message = await refused(["Adur", "--live", "--out", join(folder, "adur.xlsx")]);
    expect(message).toContain("No published figures are held for Adur District Council");
    expect(message).toContain("the live pull failed (LGSCO has no statistics page for Adur District Council");
    expect(message).not.toContain("showing the embedded figures");
    expect(standIn.requestsFor("adur-district-council").length).toBeGreaterThan(0);
  });
});

const values = (row: XlsxTable["rows"][number], columns: string[]) => columns.map((column) => row[column]?.value ?? null);

describe("cli fetch writes the workbook Fetch my council writes", () => {
  it("npm run -s cli -- fetch Harrow --out harrow.xlsx: Harrow 2019-20 holds 33, 24, 73%, 70%, 21, 100%, 99%, 2, 8%, 15% and its two flags, explained", async () => {
    const out = join(folder, "harrow.xlsx");
    const result = runCli(["fetch", "Harrow", "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*harrow\.xlsx: London Borough of Harrow, 1 year, 2 flags; figures as of \d{4}-\d{2}-\d{2}\.$/m);

    const keyStats = await readXlsxTable(out, "OmbudsmanKeyStats");
    expect(keyStats.sheet).toBe("Ombudsman");
    const harrow = keyStats.rows.find((row) => row.Council?.value === "London Borough of Harrow" && row.Year?.value === "2019-20")!;
    expect(harrow).toBeDefined();
    const published = ["Investigations", "Upheld", "Upheld %", "Similar upheld %", "Compliance outcomes", "Compliance %", "Similar compliance %", "Satisfactory remedies", "Satisfactory remedy %", "Similar remedy %"];
    expect(values(harrow, published)).toEqual([33, 24, 0.73, 0.7, 21, 1, 0.99, 2, 0.08, 0.15]);
    expect(published.map((column) => harrow[column]!.numFmt)).toEqual(["0", "0", "0%", "0%", "0", "0%", "0%", "0", "0%", "0%"]);
    // Per-100k was not published before 2022-23: empty, never 0.
    expect(values(harrow, ["Upheld per 100k", "Similar per 100k"])).toEqual([null, null]);
    expect(harrow.Flags!.value).toBe("upheld-above-average; remedy-below-average");
    expect(String(harrow.Sources!.value)).toContain("Annual Review letter 2020 to London Borough of Harrow");

    const flags = await readXlsxTable(out, "OmbudsmanFlags");
    expect(flags.columns).toEqual(["Council", "Year", "Severity", "Flag", "Detail", "Evidence"]);
    const harrowFlags = flags.rows.filter((row) => row.Council?.value === "London Borough of Harrow");
    expect(harrowFlags.map((row) => values(row, ["Year", "Severity", "Flag"]))).toEqual([
      ["2019-20", "watch", "upheld-above-average"],
      ["2019-20", "watch", "remedy-below-average"],
    ]);
    expect(harrowFlags[0]!.Detail!.value).toMatch(/^Upheld 73% \(24 of 33 investigations\) is 3 points above the similar-authority average of 70%/);
    expect(harrowFlags[1]!.Detail!.value).toMatch(/^Satisfactory remedy 8% \(2 of 24 upheld decisions\) is 7 points below the similar-authority average of 15%/);
    expect(String(harrowFlags[0]!.Evidence!.value)).toContain("Annual Review letter 2020 to London Borough of Harrow");

    for (const name of ["OmbudsmanPeers", "OmbudsmanCaseload"]) await readXlsxTable(out, name);
    expect(await councilsInXlsx(new Uint8Array(await readFile(out)))).toEqual(["E09000015"]);
  }, 60_000);

  it("an unknown council: exit 2, one line on stderr, no file", () => {
    const out = join(folder, "x.xlsx");
    const result = runCli(["fetch", "Harow", "--out", out]);
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split("\n")).toEqual(['No council in the register matches "Harow". Did you mean: Harlow District Council; London Borough of Harrow?']);
    expect(result.stdout).toBe("");
  }, 60_000);

  it("adds a council to a workbook it wrote before: both councils share the tables, rows already there keep their sheet rows", async () => {
    const out = join(folder, "two.xlsx");
    await run(["Harrow", "--out", out], { ...deps(xlsxWorkbookWriter), checkReadable: async () => {} });
    const { stdout } = await run(["Croydon", "--out", out, "--years", "2022-23..2024-25"], { ...deps(xlsxWorkbookWriter), checkReadable: async () => {} });
    expect(stdout).toMatch(/London Borough of Croydon, 3 years, 8 flags/);
    const keyStats = await readXlsxTable(out, "OmbudsmanKeyStats");
    expect(keyStats.rows.map((row) => values(row, ["Council", "Year"]))).toEqual([
      // Harrow's row keeps its sheet row; the council added goes after the last row.
      ["London Borough of Harrow", "2019-20"],
      ["London Borough of Croydon", "2022-23"],
      ["London Borough of Croydon", "2023-24"],
      ["London Borough of Croydon", "2024-25"],
    ]);
    const croydon = keyStats.rows.find((row) => row.Year?.value === "2023-24")!;
    expect(croydon.Flags!.value).toBe("compliance-below-100; upheld-above-average; remedy-below-average; per100k-above-average");
    expect(values(croydon, ["Compliance outcomes", "Compliance %"])).toEqual([45, 0.98]);
    expect(await councilsInXlsx(new Uint8Array(await readFile(out)))).toEqual(expect.arrayContaining(["E09000015", "E09000008"]));
  }, 60_000);

  it("keeps each key-statistics row on its sheet row (what =Ombudsman!E8 reads) when Kent, first by name, is added", async () => {
    const out = join(folder, "kent.xlsx");
    const writer = { ...deps(xlsxWorkbookWriter), checkReadable: async () => {} };
    await run(["Croydon", "--out", out, "--years", "2023-24..2024-25"], writer);
    await run(["Harrow", "--out", out], writer);
    const row8 = async () => {
      const workbook = new ExcelJS.Workbook();
      const bytes = await readFile(out);
      await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      const sheet = workbook.getWorksheet("Ombudsman")!;
      return { council: sheet.getCell("A8").value, year: sheet.getCell("B8").value, upheld: sheet.getCell("E8").value };
    };
    // Row 7 is the header row: rows 8 and 9 are Croydon's, Harrow's follow.
    const harrowRow = async () => {
      const table = await readXlsxTable(out, "OmbudsmanKeyStats");
      return table.rows.findIndex((row) => row.Council?.value === "London Borough of Harrow") + 8;
    };
    const before = { row8: await row8(), harrowRow: await harrowRow() };
    expect(before.row8.council).toBe("London Borough of Croydon");
    expect(before.harrowRow).toBe(10);

    await run(["Kent", "--out", out], writer);
    expect(await row8()).toEqual(before.row8);
    expect(await harrowRow()).toBe(10);
    const keyStats = await readXlsxTable(out, "OmbudsmanKeyStats");
    expect(keyStats.rows.at(-1)!.Council?.value).toBe("Kent County Council");
  }, 60_000);

  it("sets the type's published average beside a figure printed without one (Cornwall 2024-25 per 100k), citing it, and flags it", async () => {
    const out = join(folder, "cornwall.xlsx");
    await run(["Cornwall", "--out", out, "--years", "2024-25..2024-25"], { ...deps(xlsxWorkbookWriter), checkReadable: async () => {} });
    const averageSource = (await loadDataset()).similarAverages("Unitary Council", "2024-25")!.sources.upheldPer100k!.url!;
    const keyStats = await readXlsxTable(out, "OmbudsmanKeyStats");
    const cornwall = keyStats.rows.find((row) => row.Council?.value === "Cornwall Council" && row.Year?.value === "2024-25")!;
    expect(values(cornwall, ["Upheld per 100k", "Similar per 100k"])).toEqual([8.5, 5.3]);
    expect(String(cornwall.Flags!.value).split("; ")).toContain("per100k-above-average");
    expect(String(cornwall.Sources!.value).split("; ")).toContain(averageSource);
    const flags = await readXlsxTable(out, "OmbudsmanFlags");
    const per100k = flags.rows.find((row) => row.Flag?.value === "per100k-above-average")!;
    expect(String(per100k.Evidence!.value)).toContain(`Similar per 100k = 5.3 (source: ${averageSource})`);
  });

  it("refuses to add to a file that is not an .xlsx workbook, and leaves it as it was", async () => {
    const out = join(folder, "notes.xlsx");
    await writeFile(out, "my notes, not a workbook");
    const error = await rejection(CliInputError, run(["Harrow", "--out", out], { ...deps(xlsxWorkbookWriter), checkReadable: (bytes) => councilsInXlsx(bytes).then(() => undefined) }));
    expect(error.message).toMatch(/^Cannot add to .*notes\.xlsx: it is not an \.xlsx workbook/);
    expect(await readFile(out, "utf8")).toBe("my notes, not a workbook");
    expect(await readdir(folder)).toEqual(["notes.xlsx"]);
  });

  it("--live takes the year LGSCO's page covers from the page (Leeds 2023-24, from the stand-in), the other years from the dataset", async () => {
    const out = join(folder, "leeds.xlsx");
    const { stdout } = await run(["Leeds", "--live", "--out", out], { ...deps(xlsxWorkbookWriter), checkReadable: async () => {} });
    expect(stdout).toContain("2023-24 figures are from LGSCO's statistics page");
    const keyStats = await readXlsxTable(out, "OmbudsmanKeyStats");
    const leeds = keyStats.rows.find((row) => row.Year?.value === "2023-24")!;
    expect(leeds.Sources!.value).toBe(`${standIn.baseUrl}/leeds-city-council/statistics`);
    // The stand-in page carries Leeds's published 2023-24 figures (75%, 44 of 59; average 80%).
    expect(values(leeds, ["Investigations", "Upheld", "Upheld %", "Similar upheld %"])).toEqual([59, 44, 0.75, 0.8]);
    const other = keyStats.rows.find((row) => row.Year?.value === "2022-23")!;
    expect(other.Sources!.value).toBe("https://www.lgo.org.uk/your-councils-performance/leeds-city-council/statistics");
    expect(standIn.requestsFor("leeds-city-council").length).toBeGreaterThan(0);
  });

  it("the registered command is the real one", () => {
    expect(fetchCommand.usage).toContain("fetch COUNCIL --out FILE.xlsx");
  });
});
