// Each feature an analyst may have in a workbook, composed as Excel writes it
// (test/support/composed-workbook.ts): the allow-list names it as lost, so the CLI refuses;
// plain workbooks saved by LibreOffice and openpyxl (real files) are accepted.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { LOST_FEATURES, noteOn } from "../../../test/support/composed-features";
import { composedWorkbook } from "../../../test/support/composed-workbook";
import { checkXlsxRoundTrip } from "./xlsx-round-trip";

describe("each workbook feature exceljs cannot keep is named as lost (composed as Excel writes them)", () => {
  for (const [name, { feature, lost }] of Object.entries(LOST_FEATURES)) {
    it(name, async () => {
      expect((await checkXlsxRoundTrip(await composedWorkbook(feature))).losses).toContain(lost);
    });
  }

  it("nothing from the plain composed workbook, or a note on a cell that holds a value", async () => {
    expect((await checkXlsxRoundTrip(await composedWorkbook())).losses).toEqual([]);
    const note = noteOn("B2");
    expect((await checkXlsxRoundTrip(await composedWorkbook(note))).losses).toEqual([]);
  });
});

describe("plain workbooks saved by LibreOffice and openpyxl are accepted (test/fixtures/workbooks)", () => {
  for (const file of ["openpyxl-plain.xlsx", "libreoffice-two-sheets.xlsx", "libreoffice-from-csv.xlsx"]) {
    it(file, async () => {
      const bytes = new Uint8Array(await readFile(new URL(`../../../test/fixtures/workbooks/${file}`, import.meta.url)));
      expect((await checkXlsxRoundTrip(bytes)).losses).toEqual([]);
    });
  }
});
