import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { checkXlsxRoundTrip } from "./xlsx-round-trip";

async function file(parts: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, text] of Object.entries(parts)) zip.file(path, text);
  return zip.generateAsync({ type: "uint8array" });
}

const WORKBOOK = (names: string) =>
  `<workbook><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets><definedNames>${names}</definedNames></workbook>`;

describe("what exceljs would lose", () => {
  it("nothing from a plain workbook with range names, print areas and a header table", async () => {
    const bytes = await file({
      "xl/workbook.xml": WORKBOOK(
        '<definedName name="Budget">Data!$A$1:$B$4</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">Data!$A$1:$D$9</definedName><definedName name="Quoted">&apos;My sheet&apos;!$A$1</definedName>',
      ),
      "xl/tables/table1.xml": '<table xmlns="x" id="1" name="Budget2" displayName="Budget2" ref="A1:B4" headerRowCount="1"/>',
    });
    expect(await checkXlsxRoundTrip(bytes)).toEqual({ losses: [], tablesWithDefaultHeader: [] });
  });

  it("charts, macros, custom properties, and names that are not plain references", async () => {
    const bytes = await file({
      "xl/workbook.xml": WORKBOOK('<definedName name="Rate">0.05</definedName><definedName name="Local" localSheetId="0">Data!$A$1</definedName>'),
      "xl/charts/chart1.xml": "<c/>",
      "xl/vbaProject.bin": "x",
      "docProps/custom.xml": '<Properties><property name="MSIP_Label_1_Enabled"><vt:lpwstr>true</vt:lpwstr></property></Properties>',
    });
    expect((await checkXlsxRoundTrip(bytes)).losses).toEqual([
      "charts",
      "macros",
      "custom document properties (such as a sensitivity label)",
      'the defined names "Rate", "Local"',
    ]);
  });

  it("tables Excel saved with the default header row", async () => {
    const bytes = await file({
      "xl/workbook.xml": WORKBOOK(""),
      "xl/tables/table1.xml": '<?xml version="1.0"?><table xmlns="x" id="1" name="Own&amp;Table" displayName="Own" ref="A1:B4"/>',
      "xl/tables/table2.xml": '<table xmlns="x" id="2" name="NoHeader" ref="D1:E4" headerRowCount="0"/>',
    });
    expect((await checkXlsxRoundTrip(bytes)).tablesWithDefaultHeader).toEqual(["Own&Table"]);
  });
});
