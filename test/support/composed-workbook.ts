// Workbooks composed by us, part by part, as Excel writes them (the parts, relationships and
// content types of an Excel 365 save, cut down to what a test needs): a plain base workbook,
// and each feature an analyst may have added, to check that `cli fetch --out` keeps it or refuses.
import JSZip from "jszip";

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const TYPE = "application/vnd.openxmlformats-officedocument";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export type Parts = Record<string, string>;

/** One piece of a workbook: parts added, and text inserted into the parts the base already has. */
export interface Feature {
  parts?: Parts;
  /** Extra <Override> elements for [Content_Types].xml. */
  contentTypes?: string;
  /** Relationships added to the "Budget" sheet's rels. */
  sheetRels?: string;
  /** Rows of the "Budget" sheet's sheetData (replacing the base rows). */
  rows?: string;
  /** Elements after sheetData in the "Budget" sheet, in schema order. */
  afterSheetData?: string;
  /** Elements of <workbook> after <workbookPr/>. */
  afterWorkbookPr?: string;
  /** Workbook relationships added. */
  workbookRels?: string;
  /** Package relationships added (_rels/.rels). */
  packageRels?: string;
}

const BASE_ROWS = '<row r="1"><c r="A1" t="inlineStr"><is><t>Item</t></is></c><c r="B1" t="inlineStr"><is><t>Amount</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Staff</t></is></c><c r="B2"><v>1200</v></c></row>';

/** The parts of a plain two-sheet workbook ("Budget", "Lists") with the feature added. */
export function composedParts(feature: Feature = {}): Parts {
  return {
    "[Content_Types].xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${TYPE}.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="${TYPE}.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${TYPE}.spreadsheetml.styles+xml"/>${feature.contentTypes ?? ""}</Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>${feature.packageRels ?? ""}</Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook ${MAIN}><fileVersion appName="xl"/><workbookPr defaultThemeVersion="202300"/>${feature.afterWorkbookPr ?? ""}<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets><sheet name="Budget" sheetId="1" r:id="rId1"/><sheet name="Lists" sheetId="2" r:id="rId2"/></sheets><calcPr calcId="191029"/></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>${feature.workbookRels ?? ""}</Relationships>`,
    "xl/styles.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Aptos Narrow"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    "xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${MAIN} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac"><dimension ref="A1:B2"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><sheetData>${feature.rows ?? BASE_ROWS}</sheetData>${feature.afterSheetData ?? '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'}</worksheet>`,
    ...(feature.sheetRels === undefined
      ? {}
      : { "xl/worksheets/_rels/sheet1.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${feature.sheetRels}</Relationships>` }),
    "xl/worksheets/sheet2.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${MAIN}><dimension ref="A1:A3"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Open</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Closed</t></is></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>Pending</t></is></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    ...feature.parts,
  };
}

export async function zipParts(parts: Parts): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, text] of Object.entries(parts)) zip.file(path, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A composed workbook's bytes. */
export function composedWorkbook(feature: Feature = {}): Promise<Uint8Array> {
  return zipParts(composedParts(feature));
}

export { MAIN, REL, TYPE };
