// What exceljs 4.4 is known to keep when it reads an .xlsx file and writes it back: an
// allow-list, so anything not named here (a part, an element, an extension Excel adds next
// year) counts as lost and the CLI refuses to rewrite the file. The words for what is lost are
// only for the message; the decision never depends on them.

/** Parts exceljs reads and writes back (its own copy of each). */
export const KEPT_PARTS: readonly RegExp[] = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\/\.rels$/,
  /^docProps\/(core|app)\.xml$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/styles\.xml$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/theme\/theme\d+\.xml$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/tables\/table\d+\.xml$/,
  /^xl\/comments\d*\.xml$/,
  /^xl\/drawings\/vmlDrawing\d+\.vml$/,
  /^xl\/drawings\/drawing\d+\.xml$/,
  /^xl\/drawings\/_rels\/drawing\d+\.xml\.rels$/,
  /^xl\/media\/[^/]+\.(png|jpe?g|gif)$/i,
];

/** Parts exceljs drops that Excel rebuilds by itself on opening: dropping them loses nothing. */
export const REBUILT_PARTS: readonly RegExp[] = [/^xl\/calcChain\.xml$/];

/** Parts that hold nothing when they list no entry (LibreOffice writes an empty docProps/custom.xml): the element that would be lost. */
export const EMPTY_PARTS: readonly { pattern: RegExp; entry: string }[] = [{ pattern: /^docProps\/custom\.xml$/, entry: "property" }];

/** Folders ending in "/" are directories in a zip listing, not parts. */
export function isFolderEntry(path: string): boolean {
  return path.endsWith("/");
}

/** Content types exceljs writes for the parts it keeps (anything else, such as a macro-enabled workbook, is lost). */
export const KEPT_CONTENT_TYPES: ReadonlySet<string> = new Set([
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  "application/vnd.openxmlformats-officedocument.theme+xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  "application/vnd.openxmlformats-officedocument.drawing+xml",
  "application/vnd.openxmlformats-officedocument.vmlDrawing",
  "application/vnd.openxmlformats-package.core-properties+xml",
  "application/vnd.openxmlformats-officedocument.extended-properties+xml",
  "application/vnd.openxmlformats-package.relationships+xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml",
  "application/xml",
  "application/vnd.openxmlformats-officedocument.custom-properties+xml",
  "image/png",
  "image/jpeg",
  "image/gif",
]);

/** Children of <worksheet> that exceljs reads into its model and writes back. */
export const KEPT_WORKSHEET_ELEMENTS: ReadonlySet<string> = new Set([
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetProtection", "autoFilter",
  "mergeCells", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins",
  "pageSetup", "headerFooter", "rowBreaks", "drawing", "legacyDrawing", "picture", "tableParts", "extLst",
]);

/** Worksheet extensions exceljs reads: only x14 conditional formats (data bars, icon sets). */
export const KEPT_WORKSHEET_EXTENSIONS: ReadonlySet<string> = new Set(["{78C0D931-6437-407d-A8EE-F0AAD7539E65}"]);

/** Attributes of a cell (<c>) exceljs keeps; cm and vm point into metadata exceljs drops. */
export const KEPT_CELL_ATTRIBUTES: ReadonlySet<string> = new Set(["r", "s", "t"]);

/** Children of <workbook> exceljs reads and writes back. */
export const KEPT_WORKBOOK_ELEMENTS: ReadonlySet<string> = new Set(["fileVersion", "workbookPr", "bookViews", "sheets", "definedNames", "calcPr", "extLst"]);

/** Children of <workbook> Excel rewrites on every save (the folder last saved in, a revision pointer): dropping them loses nothing. */
export const REBUILT_WORKBOOK_ELEMENTS: ReadonlySet<string> = new Set(["AlternateContent", "revisionPtr"]);

/** Workbook extensions Excel rewrites on every save: chart tracking and the calculation features in use. */
export const REBUILT_WORKBOOK_EXTENSIONS: ReadonlySet<string> = new Set([
  "{140A7094-0E35-4892-8432-C4D2E57EDEB5}",
  "{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}",
  // LibreOffice's formula-reference syntax setting, which it writes on every save of an .xlsx.
  "{7626C862-2A13-11E5-B345-FEFF819CDC9F}",
]);

/** Elements that hold nothing when they have no attributes (LibreOffice writes an empty <workbookProtection/>). */
export const EMPTY_WHEN_BARE: ReadonlySet<string> = new Set(["workbookProtection", "fileSharing"]);

/** What a drawing anchor may hold for exceljs to keep it: a picture and its position. */
export const KEPT_ANCHOR_CHILDREN: ReadonlySet<string> = new Set(["from", "to", "pos", "ext", "pic", "clientData"]);

/** The analyst's words for parts exceljs loses, by path prefix; any other part is named by its path. */
export const LOST_PART_WORDS: readonly { prefix: string; what: string }[] = [
  { prefix: "xl/charts/", what: "charts" },
  { prefix: "xl/chartsheets/", what: "chart sheets" },
  { prefix: "xl/pivotTables/", what: "pivot tables" },
  { prefix: "xl/pivotCache/", what: "pivot tables" },
  { prefix: "xl/slicers/", what: "slicers" },
  { prefix: "xl/slicerCaches/", what: "slicers" },
  { prefix: "xl/timelines/", what: "timelines" },
  { prefix: "xl/vbaProject.bin", what: "macros" },
  { prefix: "xl/threadedComments/", what: "threaded comments" },
  { prefix: "xl/persons/", what: "threaded comments" },
  { prefix: "xl/externalLinks/", what: "links to other workbooks" },
  { prefix: "xl/connections.xml", what: "data connections" },
  { prefix: "xl/queryTables/", what: "data connections" },
  { prefix: "docProps/custom.xml", what: "custom document properties (such as a sensitivity label)" },
  { prefix: "customXml/", what: "custom XML parts (such as a sensitivity label)" },
  { prefix: "xl/webextensions/", what: "the add-in's own saved state (xl/webextensions)" },
  { prefix: "xl/richData/", what: "pictures in cells" },
  { prefix: "xl/metadata.xml", what: "dynamic-array formulas (xl/metadata.xml)" },
  { prefix: "xl/printerSettings/", what: "printer settings" },
  { prefix: "docProps/thumbnail", what: "the file's thumbnail" },
  { prefix: "xl/ctrlProps/", what: "form controls" },
  { prefix: "xl/embeddings/", what: "embedded objects" },
];

/** The analyst's words for lost worksheet extensions, by their URI. */
export const LOST_EXTENSION_WORDS: Readonly<Record<string, string>> = {
  "{05C60535-1F16-4fd2-B633-F4F36F0B64E0}": "sparklines",
  "{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}": "drop-down lists or other data validation fed from another sheet",
  "{A8765BA9-456A-4dab-B4F3-ACF838C121DE}": "slicers",
  "{3A4CF648-6AED-40f4-86FF-DC5316D8AED3}": "slicers",
  "{7E03D99C-DC04-49d9-9315-930204A7B6E9}": "timelines",
};

/** The analyst's words for lost workbook and worksheet elements. */
export const LOST_ELEMENT_WORDS: Readonly<Record<string, string>> = {
  workbookProtection: "workbook structure protection",
  fileSharing: "a password to modify or read-only advice",
  customWorkbookViews: "custom views",
  customSheetViews: "custom views",
  pivotCaches: "pivot tables",
  externalReferences: "links to other workbooks",
  colBreaks: "page breaks between columns",
  protectedRanges: "ranges unlocked by password",
  scenarios: "what-if scenarios",
  oleObjects: "embedded objects",
  controls: "form controls",
  ignoredErrors: "errors marked as ignored",
  sortState: "a saved sort",
  dataConsolidate: "a data consolidation",
};
