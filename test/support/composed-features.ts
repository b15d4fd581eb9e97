// Each feature an analyst may have in a workbook that exceljs cannot keep, composed by us as
// Excel 365 writes it (its parts, relationships and content types, cut down to what a check
// needs; composed-workbook.ts), with the words the allow-list check names it by. Shared by the
// check's own test and the end-to-end `cli fetch --out` test.
import { MAIN, REL, TYPE, type Feature } from "./composed-workbook";

export interface LostFeature {
  feature: Feature;
  /** What the refusal calls it. */
  lost: string;
}

const X14 = 'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"';
const MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A note (a legacy comment) on `ref`, with the VML shape Excel draws it in. */
export function noteOn(ref: string): Feature {
  return {
    sheetRels: `<Relationship Id="rId1" Type="${REL}/comments" Target="../comments1.xml"/><Relationship Id="rId2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>`,
    afterSheetData: `${MARGINS}<legacyDrawing r:id="rId2"/>`,
    contentTypes: `<Default Extension="vml" ContentType="${TYPE}.vmlDrawing"/><Override PartName="/xl/comments1.xml" ContentType="${TYPE}.spreadsheetml.comments+xml"/>`,
    parts: {
      "xl/comments1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Analyst</author></authors><commentList><comment ref="${ref}" authorId="0"><text><r><t>Check with finance</t></r></text></comment></commentList></comments>`,
      "xl/drawings/vmlDrawing1.vml":
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden"><v:textbox/><x:ClientData ObjectType="Note"><x:Row>4</x:Row><x:Column>3</x:Column></x:ClientData></v:shape></xml>',
    },
  };
}

export const LOST_FEATURES: Record<string, LostFeature> = {
  "a note on an empty cell": { feature: noteOn("D5"), lost: "notes on empty cells" },
  "a drop-down list fed from another sheet (x14)": {
    feature: {
      afterSheetData: `${MARGINS}<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" ${X14}><x14:dataValidations count="1"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>Lists!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>C2</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`,
    },
    lost: "drop-down lists or other data validation fed from another sheet",
  },
  "a text box": {
    feature: {
      sheetRels: `<Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>`,
      afterSheetData: `${MARGINS}<drawing r:id="rId1"/>`,
      parts: {
        "xl/drawings/drawing1.xml":
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="TextBox 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr/><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>Figures from finance</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>',
      },
      contentTypes: `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${TYPE}.drawing+xml"/>`,
    },
    lost: "text boxes and shapes drawn on a sheet",
  },
  sparklines: {
    feature: {
      afterSheetData: `${MARGINS}<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" ${X14}><x14:sparklineGroups><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>Budget!B2:B2</xm:f><xm:sqref>C2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`,
    },
    lost: "sparklines",
  },
  "dynamic-array metadata": {
    feature: {
      rows: '<row r="1"><c r="A1" cm="1"><f t="array" ref="A1:A3">_xlfn.SEQUENCE(3)</f><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row><row r="3"><c r="A3"><v>3</v></c></row>',
      workbookRels: `<Relationship Id="rId10" Type="${REL}/sheetMetadata" Target="metadata.xml"/>`,
      contentTypes: `<Override PartName="/xl/metadata.xml" ContentType="${TYPE}.spreadsheetml.sheetMetadata+xml"/>`,
      parts: {
        "xl/metadata.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><metadata ${MAIN.split(" ")[0]} xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`,
      },
    },
    lost: "dynamic-array formulas (xl/metadata.xml)",
  },
  "workbook structure protection": {
    feature: { afterWorkbookPr: '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="aGFzaA==" workbookSaltValue="c2FsdA==" workbookSpinCount="100000" lockStructure="1"/>' },
    lost: "workbook structure protection",
  },
  "the add-in's xl/webextensions parts": {
    feature: {
      packageRels: '<Relationship Id="rId4" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/>',
      contentTypes:
        '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/><Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>',
      parts: {
        "xl/webextensions/taskpanes.xml":
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="1" width="350" row="1"><wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>',
        "xl/webextensions/_rels/taskpanes.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>`,
        "xl/webextensions/webextension1.xml":
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{6C7B4B5E-0000-4000-8000-000000000001}"><we:reference id="ombudsman-scrutiny" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties><we:property name="ombudsman.settings" value="&quot;{}&quot;"/></we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>',
      },
    },
    lost: "the add-in's own saved state (xl/webextensions)",
  },
  "customXml (a sensitivity label's item)": {
    feature: {
      workbookRels: `<Relationship Id="rId11" Type="${REL}/customXml" Target="../customXml/item1.xml"/>`,
      contentTypes: `<Override PartName="/customXml/itemProps1.xml" ContentType="${TYPE}.customXmlProperties+xml"/>`,
      parts: {
        "customXml/item1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="no"?><labelList xmlns="http://schemas.microsoft.com/office/2020/mipLabelMetadata"><label id="{a1b2c3d4-0000-4000-8000-000000000002}" enabled="1" method="Standard" siteId="{a1b2c3d4-0000-4000-8000-000000000003}"/></labelList>',
        "customXml/itemProps1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{5E1A0000-0000-4000-8000-000000000004}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>',
        "customXml/_rels/item1.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
      },
    },
    lost: "custom XML parts (such as a sensitivity label)",
  },
  "a sensitivity label in the document properties": {
    feature: {
      packageRels: `<Relationship Id="rId5" Type="${REL}/custom-properties" Target="docProps/custom.xml"/>`,
      contentTypes: `<Override PartName="/docProps/custom.xml" ContentType="${TYPE}.custom-properties+xml"/>`,
      parts: {
        "docProps/custom.xml":
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_a1b2c3d4_Enabled"><vt:lpwstr>true</vt:lpwstr></property></Properties>',
      },
    },
    lost: "custom document properties (such as a sensitivity label)",
  },
  "pictures in cells": {
    feature: {
      rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>Logo</t></is></c><c r="B1" t="e" vm="1"><v>#VALUE!</v></c></row>',
      workbookRels:
        `<Relationship Id="rId12" Type="${REL}/sheetMetadata" Target="metadata.xml"/><Relationship Id="rId13" Type="http://schemas.microsoft.com/office/2017/06/relationships/rdRichValue" Target="richData/rdrichvalue.xml"/><Relationship Id="rId14" Type="http://schemas.microsoft.com/office/2022/10/relationships/richValueRel" Target="richData/richValueRel.xml"/>`,
      contentTypes:
        `<Default Extension="png" ContentType="image/png"/><Override PartName="/xl/metadata.xml" ContentType="${TYPE}.spreadsheetml.sheetMetadata+xml"/><Override PartName="/xl/richData/rdrichvalue.xml" ContentType="application/vnd.ms-excel.rdrichvalue+xml"/><Override PartName="/xl/richData/richValueRel.xml" ContentType="application/vnd.ms-excel.richvaluerel+xml"/>`,
      parts: {
        "xl/metadata.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><metadata ${MAIN.split(" ")[0]} xmlns:xlrd="http://schemas.microsoft.com/office/spreadsheetml/2017/richdata"><metadataTypes count="1"><metadataType name="XLRICHVALUE" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1"/></metadataTypes><futureMetadata name="XLRICHVALUE" count="1"><bk><extLst><ext uri="{3e2802c4-a4d2-4d8b-9148-e3be6c30e623}"><xlrd:rvb i="0"/></ext></extLst></bk></futureMetadata><valueMetadata count="1"><bk><rc t="1" v="0"/></bk></valueMetadata></metadata>`,
        "xl/richData/rdrichvalue.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><rvData xmlns="http://schemas.microsoft.com/office/spreadsheetml/2017/richdata" count="1"><rv s="0"><v>0</v><v>5</v></rv></rvData>',
        "xl/richData/richValueRel.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><richValueRels xmlns="http://schemas.microsoft.com/office/spreadsheetml/2022/richvaluerel" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><rel r:id="rId1"/></richValueRels>',
        "xl/richData/_rels/richValueRel.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${REL}/image" Target="../media/image1.png"/></Relationships>`,
        "xl/media/image1.png": "PNG stand-in",
      },
    },
    lost: "pictures in cells",
  },
  "printer settings": {
    feature: {
      sheetRels: `<Relationship Id="rId1" Type="${REL}/printerSettings" Target="../printerSettings/printerSettings1.bin"/>`,
      afterSheetData: `${MARGINS}<pageSetup paperSize="9" orientation="portrait" r:id="rId1"/>`,
      contentTypes: `<Default Extension="bin" ContentType="${TYPE}.spreadsheetml.printerSettings"/>`,
      parts: { "xl/printerSettings/printerSettings1.bin": "DEVMODE stand-in: the printer driver's settings" },
    },
    lost: "printer settings",
  },
};
