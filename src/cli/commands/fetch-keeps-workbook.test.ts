// `cli fetch Kent --out W.xlsx` into a workbook the analyst already has, through the real CLI
// entry (src/cli/main.ts in a child Node): each feature exceljs cannot keep makes the CLI
// refuse with exit 2 and one line naming it, the file byte-identical and not even touched;
// what it can keep is found intact in the file written. Plain workbooks saved by LibreOffice and
// openpyxl are accepted; the file's mode is kept and a symbolic link is written through; rows
// written by earlier runs keep their sheet rows; a hostile file is refused within a small heap.
import { chmod, copyFile, lstat, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCliAsync } from "../../../test/support/cli";
import { LOST_FEATURES, noteOn } from "../../../test/support/composed-features";
import { composedWorkbook } from "../../../test/support/composed-workbook";
import { readXlsxTable } from "../../../test/support/xlsx-table";

// Tests run side by side (each is a child process), so each has a folder of its own.
let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "fetch-keeps-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
const ownFolder = () => mkdtemp(join(root, "case-"));

/** A day long past, so an untouched file's mtime cannot match a rewrite's by chance. */
const LONG_AGO = new Date("2021-03-04T05:06:07Z");

async function placed(folder: string, name: string, bytes: Uint8Array): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, bytes);
  await utimes(path, LONG_AGO, LONG_AGO);
  return path;
}

async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const bytes = await readFile(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

/** The text of every part of the zip whose path matches. */
async function partTexts(path: string, pattern: RegExp): Promise<string[]> {
  const zip = await JSZip.loadAsync(await readFile(path));
  return Promise.all(Object.keys(zip.files).filter((name) => pattern.test(name)).map((name) => zip.file(name)!.async("string")));
}

describe("cli fetch Kent --out W.xlsx refuses, untouched, a workbook holding what it cannot keep", () => {
  for (const [name, { feature, lost }] of Object.entries(LOST_FEATURES)) {
    it.concurrent(name, async () => {
      const folder = await ownFolder();
      const bytes = await composedWorkbook(feature);
      const out = await placed(folder, "W.xlsx", bytes);
      const result = await runCliAsync(["fetch", "Kent", "--out", out]);
      expect(result.status).toBe(2);
      const lines = result.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`Cannot add to ${out}: `);
      expect(lines[0]).toContain(lost);
      expect(result.stdout).toBe("");
      expect(new Uint8Array(await readFile(out))).toEqual(bytes);
      expect((await stat(out)).mtime).toEqual(LONG_AGO);
      // No temporary file left beside it.
      expect(await readdir(folder)).toEqual(["W.xlsx"]);
    }, 60_000);
  }
});

describe("cli fetch Kent --out W.xlsx keeps what the analyst had, written beside Kent", () => {
  it("a note on a cell holding a value and a drop-down list fed from another sheet survive, with the sheets' values", async () => {
    const note = noteOn("B2");
    const dropDown = '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="C2"><formula1>Lists!$A$1:$A$3</formula1></dataValidation></dataValidations>';
    const out = await placed(await ownFolder(), "budget.xlsx", await composedWorkbook({ ...note, afterSheetData: dropDown + note.afterSheetData! }));
    const result = await runCliAsync(["fetch", "Kent", "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*budget\.xlsx: Kent County Council, /);

    const comments = await partTexts(out, /^xl\/comments\d*\.xml$/);
    expect(comments.filter((xml) => xml.includes('ref="B2"') && xml.includes("Check with finance"))).toHaveLength(1);
    const sheets = await partTexts(out, /^xl\/worksheets\/sheet\d+\.xml$/);
    expect(sheets.filter((xml) => /<dataValidation [^>]*type="list"[^>]*>\s*<formula1>Lists!\$A\$1:\$A\$3<\/formula1>/.test(xml))).toHaveLength(1);

    const workbook = await loadWorkbook(out);
    const budget = workbook.getWorksheet("Budget")!;
    expect([budget.getCell("A2").value, budget.getCell("B2").value]).toEqual(["Staff", 1200]);
    expect(workbook.getWorksheet("Lists")!.getColumn(1).values.slice(1)).toEqual(["Open", "Closed", "Pending"]);
    const keyStats = await readXlsxTable(out, "OmbudsmanKeyStats");
    expect(keyStats.rows.every((row) => row.Council?.value === "Kent County Council")).toBe(true);
  }, 60_000);

  it("a drop-down list set on a whole column stays on that column (exceljs alone would move it to A1)", async () => {
    const dropDown = '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="E:E"><formula1>Lists!$A$1:$A$3</formula1></dataValidation></dataValidations>';
    const out = await placed(await ownFolder(), "budget.xlsx", await composedWorkbook({ afterSheetData: dropDown }));
    const result = await runCliAsync(["fetch", "Kent", "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const sheets = await partTexts(out, /^xl\/worksheets\/sheet\d+\.xml$/);
    const validations = sheets.flatMap((xml) => [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]*)"/g)].map((match) => match[1]));
    // The same cells as E:E, written out as a block Excel reads back as the column.
    expect(validations).toEqual(["E1:E1048576"]);
  }, 120_000);

  for (const [file, sheetNames] of [
    ["openpyxl-plain.xlsx", ["Budget", "Notes"]],
    ["libreoffice-two-sheets.xlsx", ["Budget", "Notes"]],
    ["libreoffice-from-csv.xlsx", ["lo"]],
  ] as const) {
    it.concurrent(`accepts a plain workbook saved by another program (${file}), its sheets kept`, async () => {
      const out = join(await ownFolder(), file);
      await copyFile(new URL(`../../../test/fixtures/workbooks/${file}`, import.meta.url), out);
      const before = await loadWorkbook(out);
      const result = await runCliAsync(["fetch", "Kent", "--out", out]);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      const after = await loadWorkbook(out);
      for (const name of sheetNames) {
        const was = before.getWorksheet(name)!;
        const now = after.getWorksheet(name)!;
        expect(now.getSheetValues()).toEqual(was.getSheetValues());
      }
      expect(after.getWorksheet("Ombudsman")).toBeDefined();
    }, 60_000);
  }

  it("keeps the file's mode and writes through a symbolic link to its target", async () => {
    const folder = await ownFolder();
    const target = await placed(folder, "real.xlsx", await composedWorkbook());
    await chmod(target, 0o640);
    const link = join(folder, "link.xlsx");
    await symlink(target, link);
    const result = await runCliAsync(["fetch", "Kent", "--out", link]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    expect((await readXlsxTable(target, "OmbudsmanKeyStats")).rows.length).toBeGreaterThan(0);
    expect((await readdir(folder)).sort()).toEqual(["link.xlsx", "real.xlsx"]);
  }, 60_000);
});

describe("a hostile file (a few KB, one cell in column XFD) is refused fast, within a small heap", () => {
  // Before the cap, exceljs took 4.4 GB for such a file; a 96 MB heap fails the run if it is read.
  const SMALL_HEAP = ["--max-old-space-size=96"];
  const cellInXfd = `<row r="1"><c r="A1" t="inlineStr"><is><t>Council</t></is></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`;
  const reason = 'the sheet "Budget" reaches row 1,048,576 (the cell XFD1048576); the most read is 100,000 rows.';

  it.concurrent("as --out: exit 2, one line, the file untouched", async () => {
    const folder = await ownFolder();
    const bytes = await composedWorkbook({ rows: cellInXfd });
    const out = await placed(folder, "W.xlsx", bytes);
    const result = await runCliAsync(["fetch", "Kent", "--out", out], SMALL_HEAP);
    expect(result.stderr).toBe(`Cannot add to ${out}: ${reason}\n`);
    expect(result.status).toBe(2);
    expect(new Uint8Array(await readFile(out))).toEqual(bytes);
    expect((await stat(out)).mtime).toEqual(LONG_AGO);
  }, 60_000);

  it.concurrent("as --records and as a data file", async () => {
    const folder = await ownFolder();
    const register = await placed(folder, "register.xlsx", await composedWorkbook({ rows: cellInXfd }));
    const records = await runCliAsync(["fetch", "Kent", "--out", join(folder, "out.xlsx"), "--records", register], SMALL_HEAP);
    expect(records.stderr).toBe(`--records: register.xlsx is too large to read: ${reason}\n`);
    expect(records.status).toBe(2);
    const dataFile = await runCliAsync(["data-file", register], SMALL_HEAP);
    expect(dataFile.stderr).toBe(`${register} is too large to read: ${reason}\n`);
    expect(dataFile.status).toBe(2);
    expect(await readdir(folder)).toEqual(["register.xlsx"]);
  }, 60_000);
});

/** Each body row of a table by its sheet row: the key cells, and every cell for the key statistics. */
async function rowsBySheetRow(path: string, table: string, keyColumns: readonly string[]): Promise<Map<number, unknown[]>> {
  const workbook = await loadWorkbook(path);
  for (const sheet of workbook.worksheets) {
    const found = sheet.getTable(table) as unknown as { table?: { tableRef?: string; ref?: string } } | undefined;
    const ref = found?.table?.tableRef ?? found?.table?.ref;
    if (ref === undefined) continue;
    const [topLeft, bottomRight] = ref.split(":") as [string, string];
    const top = Number(sheet.getCell(topLeft).row);
    const bottom = Number(sheet.getCell(bottomRight).row);
    const header = (sheet.getRow(top).values as unknown[]).slice(1).map(String);
    const columns = keyColumns.length === 0 ? header.map((_, i) => i) : keyColumns.map((column) => header.indexOf(column));
    const rows = new Map<number, unknown[]>();
    for (let r = top + 1; r <= bottom; r++) rows.set(r, columns.map((c) => sheet.getRow(r).getCell(c + 1).value));
    return rows;
  }
  throw new Error(`no table ${table} in ${path}`);
}

describe("cli fetch Kent --out W into a workbook holding Croydon and Harrow from earlier runs", () => {
  it("keeps their rows on their sheet rows in every table; Kent's go after the last row", async () => {
    const out = join(await ownFolder(), "W.xlsx");
    for (const council of ["Croydon", "Harrow"]) {
      const result = await runCliAsync(["fetch", council, "--out", out]);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
    }
    const tables = { OmbudsmanKeyStats: [], OmbudsmanFlags: ["Council", "Year", "Flag"], OmbudsmanPeers: ["Council", "Year"], OmbudsmanCaseload: ["Council", "Year", "Measure"] } as const;
    const before = new Map<string, Map<number, unknown[]>>();
    for (const [table, keys] of Object.entries(tables)) before.set(table, await rowsBySheetRow(out, table, keys));
    const keyStats = before.get("OmbudsmanKeyStats")!;
    expect(new Set([...keyStats.values()].map((row) => row[0]))).toEqual(new Set(["London Borough of Croydon", "London Borough of Harrow"]));

    const result = await runCliAsync(["fetch", "Kent", "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    for (const [table, keys] of Object.entries(tables)) {
      const after = await rowsBySheetRow(out, table, keys);
      for (const [row, cells] of before.get(table)!) expect({ table, row, cells: after.get(row) }).toEqual({ table, row, cells });
      const added = [...after].filter(([row]) => !before.get(table)!.has(row));
      expect(added.length).toBeGreaterThan(0);
      const last = Math.max(...before.get(table)!.keys());
      expect({ table, rows: added.map(([row]) => row > last) }).toEqual({ table, rows: added.map(() => true) });
      // The peers table lists Kent's peers by their own names; the others Kent itself.
      if (table !== "OmbudsmanPeers") expect({ table, councils: new Set(added.map(([, cells]) => cells[0])) }).toEqual({ table, councils: new Set(["Kent County Council"]) });
    }
  }, 120_000);

  it("a name that looks like the add-in's marker never gets the analyst's sheet overwritten", async () => {
    const workbookXml = '<definedNames><definedName name="OmbudsmanScrutiny_Sheet_keyStats">Budget!$A$1:$P$20</definedName><definedName name="OmbudsmanScrutiny_Table_OmbudsmanKeyStats">Budget!$A$7:$P$9</definedName></definedNames>';
    const bytes = await composedWorkbook({});
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", xml.replace("<calcPr", `${workbookXml}<calcPr`));
    const out = await placed(await ownFolder(), "W.xlsx", await zip.generateAsync({ type: "uint8array" }));
    const result = await runCliAsync(["fetch", "Kent", "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const workbook = await loadWorkbook(out);
    const budget = workbook.getWorksheet("Budget")!;
    expect(budget.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1))).toEqual([["Item", "Amount"], ["Staff", 1200]]);
    expect((await readXlsxTable(out, "OmbudsmanKeyStats")).sheet).toBe("Ombudsman");
  }, 60_000);
});
