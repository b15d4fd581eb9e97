import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCommand } from "../../../test/support/cli";
import { rejection } from "../../../test/support/expected-error";
import { readXlsxTable } from "../../../test/support/xlsx-table";
import { loadDataset } from "../../sources/dataset/dataset";
import { xlsxWorkbookWriter } from "../../workbook/xlsx/xlsx-renderer";
import { CliInputError } from "../cli-error";
import { createFetchCommand, type FetchDependencies } from "./fetch";
import { takeImportOptions } from "./fetch-imports";
import { parseFetchOptions } from "./fetch-options";

// Sutton's statistics pages are real stored copies; the data tables are composed by us with
// made-up figures (their names and first lines say so).
const fixture = (path: string) => fileURLToPath(new URL(`../../../test/fixtures/${path}`, import.meta.url));
const SUTTON_PAGES = [fixture("pages/sutton-2023-24.real.txt"), fixture("pages/sutton-2024-25.real.txt")];

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "fetch-imports-"));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const deps = (writer: FetchDependencies["writer"]): FetchDependencies => ({
  loadDataset,
  checkReadable: async () => {},
  liveClient: () => {
    throw new Error("no live pull here");
  },
  writer,
});
const neverWrites: FetchDependencies["writer"] = { write: () => Promise.reject(new Error("the writer must not be called")) };
const run = (args: string[], writer: FetchDependencies["writer"] = xlsxWorkbookWriter) => runCommand(createFetchCommand(deps(writer)), args);

describe("--import and --data-file options", () => {
  it("take every file up to the next option", () => {
    expect(takeImportOptions(["Sutton", "--import", "a.pdf", "b.txt", "--out", "F.xlsx", "--data-file=t.csv"])).toEqual({
      rest: ["Sutton", "--out", "F.xlsx"],
      imports: { imports: ["a.pdf", "b.txt"], dataFiles: ["t.csv"] },
    });
    expect(parseFetchOptions(["Sutton", "--import", "a.pdf", "--out", "F.xlsx"])).toMatchObject({ council: "Sutton", imports: ["a.pdf"], out: "F.xlsx" });
  });
  it("refuse an option with no file", () => {
    expect(() => takeImportOptions(["Sutton", "--import", "--out", "F.xlsx"])).toThrow(/--import needs one or more files/);
  });
});

describe("cli fetch --import", () => {
  it("writes both years of Sutton's statistics pages, each citing its page", async () => {
    const out = join(folder, "sutton.xlsx");
    const { stdout } = await run(["Sutton", "--import", ...SUTTON_PAGES, "--out", out]);
    expect(stdout).toMatch(/^Wrote .*sutton.xlsx: London Borough of Sutton, 2 years/);
    const keyStats = await readXlsxTable(out, "OmbudsmanKeyStats");
    const rows = keyStats.rows.filter((row) => row.Council?.value === "London Borough of Sutton");
    expect(rows.map((row) => [row.Year?.value, row.Upheld?.value, row.Investigations?.value, row.Sources?.value])).toEqual([
      ["2023-24", 16, 20, "LGSCO statistics page, sutton-2023-24.real.txt"],
      ["2024-25", 13, 22, "LGSCO statistics page, sutton-2024-25.real.txt"],
    ]);
  });

  it("refuses, writing nothing, a document for another council, naming it and its council", async () => {
    const out = join(folder, "sutton.xlsx");
    const error = await rejection(CliInputError, run(["Sutton", "--import", SUTTON_PAGES[0]!, fixture("pages/birmingham-2024-25.real.txt"), "--out", out], neverWrites));
    expect(error.message).toBe("birmingham-2024-25.real.txt is for Birmingham City Council, not London Borough of Sutton.");
    expect(await readdir(folder)).toEqual([]);
  });

  it("refuses a document it cannot read", async () => {
    const error = await rejection(CliInputError, run(["Sutton", "--import", fixture("data-files/composed-decisions-2019-20.csv"), "--out", join(folder, "s.xlsx")], neverWrites));
    expect(error.message).toMatch(/^composed-decisions-2019-20.csv could not be read: /);
  });
});

describe("cli fetch --data-file", () => {
  it("writes the council's year from LGSCO's data tables, citing the table", async () => {
    const out = join(folder, "sutton.xlsx");
    const { stderr } = await run(["Sutton", "--data-file", fixture("data-files/decisions-two-row-header-2023-24.composed.csv"), "--out", out]);
    expect(stderr).toContain("London Borough of Sutton 2023-24: Upheld 16 of 20 (80%)");
    const keyStats = await readXlsxTable(out, "OmbudsmanKeyStats");
    const sutton = keyStats.rows.find((row) => row.Council?.value === "London Borough of Sutton");
    expect([sutton?.Year?.value, sutton?.Upheld?.value]).toEqual(["2023-24", 16]);
    // The table first; then the type's published average, which the table does not give.
    expect(sutton?.Sources?.value).toMatch(/^decisions-two-row-header-2023-24\.composed\.csv; /);
  });
});
