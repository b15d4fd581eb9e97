// Sheets that print (issue 13): the workbook `cli fetch Harrow` writes, read back with exceljs and
// as raw XML: every add-in sheet landscape, one page wide and any number tall, titles repeated.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand } from "../../../test/support/cli";
import fetchCommand from "../../cli/commands/fetch";

let folder: string;
let bytes: Buffer;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "print-test-"));
  const out = join(folder, "harrow.xlsx");
  await runCommand(fetchCommand, ["Harrow", "--out", out]);
  bytes = await readFile(out);
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("the Harrow workbook from cli fetch prints one page wide, landscape, titles repeated", () => {
  it("sets each sheet's page setup as exceljs reads it back", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.length).toBeGreaterThanOrEqual(3);
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup.orientation, sheet.name).toBe("landscape");
      expect(sheet.pageSetup.fitToPage, sheet.name).toBe(true);
      expect(sheet.pageSetup.fitToWidth, sheet.name).toBe(1);
      expect(sheet.pageSetup.fitToHeight, sheet.name).toBe(0);
      // The header block (5 lines), a blank row and the table's header row.
      expect(sheet.pageSetup.printTitlesRow, sheet.name).toBe("1:7");
    }
  });

  it("writes <pageSetup>, fitToPage and the _xlnm.Print_Titles name in the XML", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets.length).toBeGreaterThanOrEqual(3);
    for (const name of sheets) {
      const xml = await zip.file(name)!.async("string");
      expect(xml, name).toMatch(/<pageSetUpPr[^>]*fitToPage="1"/);
      const pageSetup = /<pageSetup [^>]*>/.exec(xml)?.[0] ?? "";
      expect(pageSetup, name).toContain('orientation="landscape"');
      expect(pageSetup, name).toContain('fitToWidth="1"');
      expect(pageSetup, name).toContain('fitToHeight="0"');
    }
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    const titles = [...workbookXml.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]*)<\/definedName>/g)];
    expect(titles.length).toBe(sheets.length);
    for (const [, , reference] of titles) expect(reference).toMatch(/!\$1:\$7$/);
  });

  it("wraps the long Sources column of the key statistics and no short column", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const keyStats = workbook.getWorksheet("Ombudsman")!;
    // The Sources column (P) is wide and wraps; Year (B) does not.
    const header = keyStats.getRow(7);
    const sourcesColumn = header.values as ExcelJS.CellValue[];
    const sources = sourcesColumn.indexOf("Sources");
    expect(sources).toBeGreaterThan(0);
    expect(keyStats.getRow(8).getCell(sources).alignment?.wrapText).toBe(true);
    expect(keyStats.getRow(8).getCell(2).alignment?.wrapText).toBeFalsy();
  });
});
