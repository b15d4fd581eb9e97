// Each feature an analyst may have in a workbook, composed as Excel writes it
// (test/support/composed-workbook.ts): the allow-list names it as lost, so the CLI refuses;
// plain workbooks saved by LibreOffice and openpyxl (real files) are accepted.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { composedWorkbook, REL, TYPE, type Feature } from "../../../test/support/composed-workbook";
import { checkXlsxRoundTrip } from "./xlsx-round-trip";

const FEATURES: Record<string, { feature: Feature; lost: string }> = {
  "a note on an empty cell": {
    feature: {
      sheetRels: `<Relationship Id="rId1" Type="${REL}/comments" Target="../comments1.xml"/>`,
      parts: { "xl/comments1.xml": '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>A</author></authors><commentList><comment ref="D5" authorId="0"><text><t>Check</t></text></comment></commentList></comments>' },
    },
    lost: "notes on empty cells",
  },
  "a drop-down list fed from another sheet (x14)": {
    feature: {
      afterSheetData:
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list"><x14:formula1><xm:f>Lists!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>C2</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>',
    },
    lost: "drop-down lists or other data validation fed from another sheet",
  },
  "a text box": {
    feature: {
      sheetRels: `<Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>`,
      parts: { "xl/drawings/drawing1.xml": '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col></xdr:from><xdr:to><xdr:col>6</xdr:col></xdr:to><xdr:sp macro="" textlink=""><xdr:txBody/></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>' },
      contentTypes: `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${TYPE}.drawing+xml"/>`,
    },
    lost: "text boxes and shapes drawn on a sheet",
  },
  sparklines: {
    feature: { afterSheetData: '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups/></ext></extLst>' },
    lost: "sparklines",
  },
  "dynamic-array metadata": {
    feature: { parts: { "xl/metadata.xml": "<metadata/>" }, rows: '<row r="1"><c r="A1" cm="1"><f t="array" ref="A1:A3">SEQUENCE(3)</f><v>1</v></c></row>' },
    lost: "dynamic-array formulas (xl/metadata.xml)",
  },
  "workbook structure protection": { feature: { afterWorkbookPr: '<workbookProtection lockStructure="1"/>' }, lost: "workbook structure protection" },
  "the add-in's xl/webextensions parts": { feature: { parts: { "xl/webextensions/webextension1.xml": "<we:webextension/>" } }, lost: "the add-in's own saved state (xl/webextensions)" },
  "customXml (a sensitivity label)": { feature: { parts: { "customXml/item1.xml": "<label/>" } }, lost: "custom XML parts (such as a sensitivity label)" },
  "pictures in cells": { feature: { parts: { "xl/richData/rdrichvalue.xml": "<rvData/>" } }, lost: "pictures in cells" },
  "printer settings": { feature: { parts: { "xl/printerSettings/printerSettings1.bin": "binary" } }, lost: "printer settings" },
};

describe("each workbook feature exceljs cannot keep is named as lost (composed as Excel writes them)", () => {
  for (const [name, { feature, lost }] of Object.entries(FEATURES)) {
    it(name, async () => {
      expect((await checkXlsxRoundTrip(await composedWorkbook(feature))).losses).toContain(lost);
    });
  }

  it("nothing from the plain composed workbook, or a note on a cell that holds a value", async () => {
    expect((await checkXlsxRoundTrip(await composedWorkbook())).losses).toEqual([]);
    const note: Feature = {
      sheetRels: `<Relationship Id="rId1" Type="${REL}/comments" Target="../comments1.xml"/>`,
      parts: { "xl/comments1.xml": '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>A</author></authors><commentList><comment ref="B2" authorId="0"><text><t>Check</t></text></comment></commentList></comments>' },
    };
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
