// `cli fetch COUNCIL --records OWN.xlsx`: the council's own register beside the published figures.
// Registers here are composed by us (test/fixtures/registers/, or written in the test): invented
// references and dates, not a council's records. Harrow's 2019-20 figures are the real letter's.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli, runCommand, type CommandOutput } from "../../../test/support/cli";
import { rejection } from "../../../test/support/expected-error";
import { readXlsxTable } from "../../../test/support/xlsx-table";
import { loadDataset } from "../../sources/dataset/dataset";
import { readTableFile } from "../../sources/tables/read-table-file";
import { xlsxWorkbookWriter } from "../../workbook/xlsx/xlsx-renderer";
import { CliInputError } from "../cli-error";
import { createFetchCommand, type FetchDependencies } from "./fetch";

const REPO = fileURLToPath(new URL("../../..", import.meta.url));
const HARROW_REGISTER = join(REPO, "test/fixtures/registers/composed-register-harrow-2019-20.xlsx");
const MESSY_REGISTER = join(REPO, "test/fixtures/registers/composed-register-messy.xlsx");

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "fetch-records-test-"));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const deps: FetchDependencies = {
  loadDataset,
  checkReadable: async () => {},
  liveClient: () => {
    throw new Error("no live pull in these tests");
  },
  writer: xlsxWorkbookWriter,
};

function run(args: string[]): Promise<CommandOutput> {
  return runCommand(createFetchCommand(deps), args);
}

async function refused(args: string[]): Promise<string> {
  return (await rejection(CliInputError, run(args))).message;
}

/** A table's rows read back with exceljs, by its name, as { column: value }. */
async function readTable(file: string, name: string): Promise<{ sheet: string; rows: Record<string, unknown>[] }> {
  const table = await readXlsxTable(file, name);
  return { sheet: table.sheet, rows: table.rows.map((row) => Object.fromEntries(Object.entries(row).map(([column, cell]) => [column, cell.value]))) };
}

/** A composed register as CSV text: the header row, then rows. */
function csv(rows: string[][]): string {
  return rows.map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(",")).join("\n") + "\n";
}

describe("cli fetch --records", () => {
  it("sets the composed Harrow register beside the published 2019-20 figures: −1 and −1, flagged; the mapping on stderr", async () => {
    const out = join(folder, "harrow.xlsx");
    const before = await readFile(HARROW_REGISTER);
    const result = runCli(["fetch", "Harrow", "--records", HARROW_REGISTER, "--out", out]);
    expect(result.status).toBe(0);
    expect(result.stderr.split("\n")).toEqual(
      expect.arrayContaining([
        'Register composed-register-harrow-2019-20.xlsx, sheet "Complaints 2019-20": columns found by their headers (correct them in the sheet\'s header row if wrong):',
        '  Reference: column A "Case Ref" (header row 4)',
        '  LGSCO decision: column G "LGSCO Decision" (header row 4)',
        '  LGSCO decision date: column H "Date of LGSCO decision" (header row 4)',
        "Read 82 complaints from the register.",
      ]),
    );
    expect(result.stdout).toMatch(/^Ombudsman vs records: 2018-19 to 2020-21 set beside the register; 2 differences flagged records-mismatch\.$/m);

    const reconciliation = await readTable(out, "OmbudsmanReconciliation");
    expect(reconciliation.sheet).toBe("Ombudsman vs records");
    const year = reconciliation.rows.filter((row) => row.Year === "2019-20");
    expect(year.map((row) => [row.Measure, row.Published, row["Our records"], row.Difference, row.Flag ?? null])).toEqual([
      ["Detailed investigations", 33, 32, -1, "records-mismatch"],
      ["Upheld", 24, 23, -1, "records-mismatch"],
      ["Satisfactory remedies", 2, 2, 0, null],
      ["Compliance outcomes", 21, 21, 0, null],
    ]);
    expect(year[1]!["References to check"]).toBe("HAR-0033");

    const escalation = await readTable(out, "OmbudsmanEscalation");
    expect(escalation.rows.find((row) => row.Year === "2019-20")).toMatchObject({ "Stage 1": 69, "Stage 2": 34, "Reached LGSCO": 29, Investigated: 20 });

    const keyStats = await readTable(out, "OmbudsmanKeyStats");
    expect(keyStats.rows.find((row) => row.Year === "2019-20")?.Flags).toBe("upheld-above-average; remedy-below-average; records-mismatch");
    const flags = await readTable(out, "OmbudsmanFlags");
    expect(flags.rows.filter((row) => row.Flag === "records-mismatch")).toHaveLength(2);

    // The register file is only read.
    expect(await readFile(HARROW_REGISTER)).toEqual(before);
  }, 60_000);

  it("reads a messy register, naming the columns it did not use and every problem", async () => {
    const { stderr, stdout } = await run(["Harrow", "--records", MESSY_REGISTER, "--out", join(folder, "messy.xlsx")]);
    expect(stderr).toContain('  Reference: column A "complaint ID" (header row 4)');
    expect(stderr).toContain('  Not used: "Officer"');
    expect(stderr).toContain("Read 10 complaints from the register; 4 problems:");
    expect(stderr).toContain('Row 12, LGSCO decision: "Withdrawn" is not one of LGSCO\'s outcomes');
    expect(stdout).toContain("Ombudsman vs records: 2019-20 set beside the register");
  });

  it("reads a CSV register and the sheet named with --records-sheet", async () => {
    const register = join(folder, "register.csv");
    await writeFile(
      register,
      csv([
        ["Composed by us for tests: invented references"],
        ["Ref", "LGSCO decision", "LGSCO decision date"],
        ["A1", "Upheld", "01/06/2019"],
        ["A2", "Not upheld", "01/07/2019"],
      ]),
    );
    const { stderr } = await run(["Harrow", "--records", register, "--out", join(folder, "csv.xlsx")]);
    expect(stderr).toContain("Register register.csv: columns found by their headers");
    const rows = (await readTable(join(folder, "csv.xlsx"), "OmbudsmanReconciliation")).rows.filter((row) => row.Year === "2019-20");
    expect(rows.slice(0, 2).map((row) => [row.Measure, row["Our records"]])).toEqual([
      ["Detailed investigations", 2],
      ["Upheld", 1],
    ]);

    const withSheet = await run(["Harrow", "--records", HARROW_REGISTER, "--records-sheet", "complaints 2019-20", "--out", join(folder, "named.xlsx")]);
    expect(withSheet.stderr).toContain('sheet "Complaints 2019-20"');
  });

  it("leaves compliance and remedies not recorded for a register without those columns: empty cells, a note, no mismatch", async () => {
    const register = join(folder, "no-remedy-columns.csv");
    await writeFile(
      register,
      csv([
        ["Ref", "LGSCO decision", "LGSCO decision date"],
        ["A1", "Upheld", "01/06/2019"],
        ["A2", "Not upheld", "01/07/2019"],
      ]),
    );
    const out = join(folder, "not-recorded.xlsx");
    await run(["Harrow", "--records", register, "--out", out]);
    const rows = (await readTable(out, "OmbudsmanReconciliation")).rows.filter((row) => row.Year === "2019-20");
    const byMeasure = new Map(rows.map((row) => [row.Measure, row]));
    for (const measure of ["Satisfactory remedies", "Compliance outcomes"]) {
      const row = byMeasure.get(measure)!;
      // Harrow's letter published 2 remedies and 21 compliance outcomes; the register records neither.
      expect([row.Published, row["Our records"] ?? null, row.Difference ?? null, row.Flag ?? null], measure).toEqual([measure === "Compliance outcomes" ? 21 : 2, null, null, null]);
      expect(String(row.Notes), measure).toMatch(/^Not recorded: the register has no column for/);
    }
    const flags = (await readTable(out, "OmbudsmanFlags")).rows.filter((row) => row.Flag === "records-mismatch");
    expect(flags.map((row) => String(row.Detail))).not.toContainEqual(expect.stringMatching(/compliance outcome|satisfactory remed/));
  });

  it("refuses a file that is not a workbook, a register without the required columns, a sheet not there and a missing file: no file written", async () => {
    const out = join(folder, "out.xlsx");
    const pdf = join(folder, "letter.pdf");
    await writeFile(pdf, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0x01, 0x02, 0xff]));
    expect(await refused(["Harrow", "--records", pdf, "--out", out])).toBe("--records: letter.pdf is neither a CSV file nor an Excel (.xlsx) workbook.");

    const noDecisions = join(folder, "internal-only.csv");
    await writeFile(noDecisions, csv([["Reference", "Date received", "Stage", "LGSCO decision"], ["A1", "01/05/2019", "1", ""]]));
    expect(await refused(["Harrow", "--records", noDecisions, "--out", out])).toBe(
      '--records internal-only.csv: the register has no column found for LGSCO decision date (a column headed like "LGSCO decision date", "Date of Ombudsman decision"). ' +
        'If the register has it under another header, name it with --records-column lgscoDecisionDate="HEADER", HEADER written as in the register\'s header row.',
    );

    expect(await refused(["Harrow", "--records", HARROW_REGISTER, "--records-sheet", "Register", "--out", out])).toBe(
      '--records composed-register-harrow-2019-20.xlsx: There is no sheet "Register"; the sheets are "Lists", "Complaints 2019-20".',
    );
    expect(await refused(["Harrow", "--records", join(folder, "nowhere.xlsx"), "--out", out])).toBe(`Cannot read the register ${join(folder, "nowhere.xlsx")}: there is no such file.`);
    expect((await readdir(folder)).sort()).toEqual(["internal-only.csv", "letter.pdf"]);
  });

  it("follows its own advice: --records-column maps a column the headers did not reveal", async () => {
    const register = join(folder, "renamed.csv");
    await writeFile(register, csv([["Reference", "Date received", "Stage", "Date closed", "LGSCO decision"], ["A1", "01/05/2019", "LGSCO", "10/06/2019", "Upheld"]]));
    const out = join(folder, "mapped.xlsx");
    expect(await refused(["Harrow", "--records", register, "--out", out])).toMatch(/--records-column lgscoDecisionDate="HEADER"/);
    const { stdout } = await run(["Harrow", "--records", register, "--records-column", 'lgscoDecisionDate=Date closed', "--out", out]);
    expect(stdout).toMatch(/^Wrote /);
    expect(await refused(["Harrow", "--records-column", "lgscoDecisionDate=X", "--out", out])).toMatch(/give the register with --records/);
    expect(await refused(["Harrow", "--records", register, "--records-column", "nonsense=X", "--out", out])).toMatch(/"nonsense" is not a column of the register/);
  });

  it("a register that is not a workbook, from the command line: exit 2 and the reason on one line", async () => {
    const notes = join(folder, "notes.bin");
    await writeFile(notes, Buffer.from([0x00, 0x01, 0x02, 0x03]));
    const result = runCli(["fetch", "Harrow", "--records", notes, "--out", join(folder, "x.xlsx")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("--records: notes.bin is neither a CSV file nor an Excel (.xlsx) workbook.\n");
    expect(await readdir(folder)).toEqual(["notes.bin"]);
  }, 60_000);

  it("reads a register on a sheet of the workbook it writes into, and leaves that sheet cell for cell as it was", async () => {
    const book = join(folder, "analysis.xlsx");
    await writeFile(book, await readFile(HARROW_REGISTER));
    const registerBefore = (await readTableFile(await readFile(book), "analysis.xlsx")).find((sheet) => sheet.name === "Complaints 2019-20");

    const { stdout } = await run(["Harrow", "--records", book, "--out", book]);
    expect(stdout).toContain("2 differences flagged records-mismatch");
    const sheetsAfter = await readTableFile(await readFile(book), "analysis.xlsx");
    expect(sheetsAfter.find((sheet) => sheet.name === "Complaints 2019-20")).toEqual(registerBefore);
    expect(sheetsAfter.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(["Lists", "Complaints 2019-20", "Ombudsman", "Ombudsman flags", "Ombudsman vs records"]),
    );

    // Run again with the register: the add-in's sheets are refreshed, never mistaken for the register.
    await run(["Harrow", "--records", book, "--out", book]);
    const again = await readTableFile(await readFile(book), "analysis.xlsx");
    expect(again.find((sheet) => sheet.name === "Complaints 2019-20")).toEqual(registerBefore);
    expect(again.filter((sheet) => sheet.name.startsWith("Ombudsman vs records"))).toHaveLength(1);
  }, 60_000);

  it("a later fetch without --records leaves the reconciliation as it was and says so", async () => {
    const out = join(folder, "later.xlsx");
    await run(["Harrow", "--records", HARROW_REGISTER, "--out", out]);
    const before = await readTable(out, "OmbudsmanReconciliation");
    const { stdout } = await run(["Croydon", "--out", out]);
    expect(stdout).toContain('The sheet "Ombudsman vs records" was left as it was: give --records again to bring it up to date.');
    expect(await readTable(out, "OmbudsmanReconciliation")).toEqual(before);
  }, 60_000);
});
