// How far a workbook's sheets reach, read from its XML before exceljs builds anything: the
// hostile files are composed by us (test/support/composed-workbook.ts), a few KB each.
import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { rejection } from "../../../test/support/expected-error";
import { composedParts, composedWorkbook, REL, zipParts } from "../../../test/support/composed-workbook";
import { readTableFile } from "./read-table-file";
import { TableFileError } from "./table-file-error";
import { TABLE_FILE_LIMITS, WORKBOOK_LIMITS } from "./table-limits";
import { checkXlsxExtent, xlsxExtents } from "./xlsx-extent";

const HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>Council</t></is></c><c r="B1" t="inlineStr"><is><t>Upheld</t></is></c></row>';

async function extentOf(bytes: Uint8Array) {
  return (await xlsxExtents(await JSZip.loadAsync(bytes))).get("Budget")!;
}

describe("the extent of each sheet, from its cells, rows, merges, validations and tables", () => {
  it("a cell in column XFD reaches column 16,384", async () => {
    const extent = await extentOf(await composedWorkbook({ rows: `${HEADER}<row r="2"><c r="XFD2"><v>1</v></c></row>` }));
    expect(extent).toMatchObject({ rows: 2, columns: 16_384, furthest: "the cell XFD2" });
  });

  it("a row numbered past the cells in it still counts", async () => {
    expect(await extentOf(await composedWorkbook({ rows: `${HEADER}<row r="900000"/>` }))).toMatchObject({ rows: 900_000, columns: 2 });
  });

  it("merged cells and a whole-column validation count every cell they cover; the validation makes no rows", async () => {
    const afterSheetData = '<mergeCells count="1"><mergeCell ref="A3:J12"/></mergeCells><dataValidations count="1"><dataValidation type="list" sqref="C2:C50 E:E"><formula1>Lists!$A$1:$A$3</formula1></dataValidation></dataValidations>';
    const extent = await extentOf(await composedWorkbook({ rows: HEADER, afterSheetData }));
    expect(extent).toMatchObject({ rows: 12, columns: 10, coveredCells: 100 + 49 + 1_048_576, furthest: "merged cells A3:J12" });
    await expect(checkXlsxExtent(await composedWorkbook({ rows: HEADER, afterSheetData }), WORKBOOK_LIMITS)).resolves.toBeUndefined();
  });

  it("a table's range counts on its sheet", async () => {
    const parts = composedParts({ rows: HEADER, sheetRels: `<Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/>` });
    parts["xl/tables/table1.xml"] = '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Budget" displayName="Budget" ref="A1:B250000"><tableColumns count="2"/></table>';
    expect(await extentOf(await zipParts(parts))).toMatchObject({ rows: 250_000, coveredCells: 500_000, furthest: "a table over A1:B250000" });
  });

  it("reads a sheet larger than one unpacked chunk, tags split across chunks included", async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="AB${i + 1}" s="0"><v>${i}</v></c></row>`).join("");
    expect(await extentOf(await composedWorkbook({ rows }))).toMatchObject({ rows: 6000, columns: 28 });
  });
});

describe("a file past the rows and columns read is refused before exceljs opens it", () => {
  it("names the sheet, what reaches furthest and the limit", async () => {
    const bytes = await composedWorkbook({ rows: `${HEADER}<row r="2"><c r="XFD2"><v>1</v></c></row>` });
    const error = await rejection(TableFileError, checkXlsxExtent(bytes, WORKBOOK_LIMITS));
    expect(error.problem).toBe("too-large");
    expect(error.message).toBe('the sheet "Budget" reaches column 16,384 (the cell XFD2); the most read is 1,000 columns.');
  });

  it("a register or data file in column XFD: a TableFileError naming the file", async () => {
    const bytes = await composedWorkbook({ rows: `${HEADER}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>` });
    expect(bytes.length).toBeLessThan(17 * 1024);
    const error = await rejection(TableFileError, readTableFile(bytes, "register.xlsx"));
    expect(error.message).toBe('register.xlsx is too large to read: the sheet "Budget" reaches row 1,048,576 (the cell XFD1048576); the most read is 100,000 rows.');
  });

  it("a merge over the whole of row 1 (16,384 columns) is refused too", async () => {
    const bytes = await composedWorkbook({ rows: HEADER, afterSheetData: '<mergeCells count="1"><mergeCell ref="A1:XFD1"/></mergeCells>' });
    expect((await rejection(TableFileError, checkXlsxExtent(bytes, TABLE_FILE_LIMITS))).message).toMatch(/^the sheet "Budget" reaches column 16,384 \(merged cells A1:XFD1\)/);
  });

  it("plain workbooks saved by LibreOffice and openpyxl pass", async () => {
    for (const file of ["openpyxl-plain.xlsx", "libreoffice-two-sheets.xlsx", "libreoffice-from-csv.xlsx"]) {
      const bytes = new Uint8Array(await readFile(new URL(`../../../test/fixtures/workbooks/${file}`, import.meta.url)));
      await expect(checkXlsxExtent(bytes, TABLE_FILE_LIMITS)).resolves.toBeUndefined();
    }
  });
});
