// The document behind the in-memory Excel host: sheets of cells, tables, defined names,
// conditional formats, charts and custom properties, changed only through the operations below
// (which the proxies queue and run at sync). It keeps Excel's rules that matter to the add-in:
// a string beginning with "=" becomes a formula, a leading apostrophe makes text (except under the
// Text format "@", where it stays in the value, as Excel might keep it), table headers
// are unique text, deleting a table turns references to it into #REF!, inserting rows moves
// tables and names. No calculation engine: formulas are kept as text.
import {
  columnCount,
  contains,
  formatAddress,
  intersects,
  isEntireColumns,
  isEntireRows,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  quoteSheet,
  type Rect,
} from "./address";
import { HostError } from "./errors";
import { deleteTableIn, refersToTable, removeColumnIn, renameColumnIn, renameTableIn } from "./structured-refs";

export type Scalar = string | number | boolean;
export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface CellData {
  /** Absent: an empty cell. For a formula cell, the formula text (no calculation engine). */
  value?: Scalar;
  formula?: string;
  /** Set when text was entered with a leading apostrophe (Excel's "quote prefix"). */
  quotePrefix?: boolean;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fillColor?: string;
  wrapText?: boolean;
}

export interface PageLayoutModel {
  orientation: "Portrait" | "Landscape";
  /** Excel.PageLayoutZoomOptions: a scale, or pages wide and tall to fit (0 = as many as it takes). */
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** Rows repeated at the top of each printed page, as set: "$1:$7". */
  printTitleRows?: string;
}

export interface RangeRef {
  sheetId: string;
  rect: Rect;
}

export interface ConditionalFormatModel {
  id: string;
  rect: Rect;
  type: "Custom";
  formula: string;
  fillColor?: string;
  fontColor?: string;
  bold?: boolean;
  stopIfTrue: boolean;
}

export interface SeriesModel {
  name: string;
  values?: RangeRef;
  xValues?: RangeRef;
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  title: string;
  series: SeriesModel[];
  /** Cells the chart covers, once positioned. */
  position?: Rect;
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  /** Header row and body. */
  rect: Rect;
  columns: string[];
  style: string;
}

export type NameTarget = { kind: "range"; ref: RangeRef } | { kind: "error" } | { kind: "constant"; formula: string };

export interface NameModel {
  name: string;
  target: NameTarget;
  comment: string;
  visible: boolean;
}

export interface CustomPropertyModel {
  key: string;
  value: Scalar | Date;
}

export type ClearApplyTo = "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents";

const FORMAT_CELL_LIMIT = 2_000_000;

function cellKey(row: number, col: number): string {
  return `${row}:${col}`;
}

function parseKey(key: string): [number, number] {
  const [row, col] = key.split(":");
  return [Number(row), Number(col)];
}

function isEmptyCell(cell: CellData): boolean {
  return (
    cell.value === undefined &&
    cell.formula === undefined &&
    cell.numberFormat === undefined &&
    cell.bold === undefined &&
    cell.italic === undefined &&
    cell.fontColor === undefined &&
    cell.fillColor === undefined &&
    cell.wrapText === undefined
  );
}

const NUMBER_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?%?$/;

/** What Excel makes of typed text (a value written through the API is read as if typed). */
export function interpretInput(text: string, numberFormat: string | undefined): Pick<CellData, "value" | "formula" | "quotePrefix"> {
  // A cell formatted as text keeps what is typed as text, formulas included. What Excel does with
  // an apostrophe typed there is undocumented: the host keeps it, so a text escaped twice shows.
  if (numberFormat === "@") return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1), quotePrefix: true };
  if (text.startsWith("=") && text.length > 1) return { formula: text, value: text };
  const trimmed = text.trim();
  if (trimmed !== "" && /\d/.test(trimmed) && NUMBER_TEXT.test(trimmed)) {
    const percent = trimmed.endsWith("%");
    const number = Number(trimmed.replace(/,/g, "").replace(/%$/, ""));
    if (Number.isFinite(number)) return { value: percent ? number / 100 : number };
  }
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === "TRUE" };
  // "+", "-" and "@" also start a formula when typed.
  if (/^[+\-@]/.test(text) && text.length > 1) return { formula: `=${text}`, value: `=${text}` };
  return { value: text };
}

export class SheetModel {
  readonly cells = new Map<string, CellData>();
  readonly columnWidths = new Map<number, number>();
  conditionalFormats: ConditionalFormatModel[] = [];
  charts: ChartModel[] = [];
  /** The print settings the add-in sets (Worksheet.pageLayout): nothing else of Excel's page setup. */
  pageLayout: PageLayoutModel = { orientation: "Portrait", zoom: { scale: 100 } };
  /** Review › Protect Sheet: changes to the sheet fail with AccessDenied (set by a test). */
  protected = false;
  constructor(
    readonly id: string,
    public name: string,
    public visibility: Visibility = "Visible",
  ) {}

  cell(row: number, col: number): CellData | undefined {
    return this.cells.get(cellKey(row, col));
  }

  ensureCell(row: number, col: number): CellData {
    const key = cellKey(row, col);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = {};
      this.cells.set(key, cell);
    }
    return cell;
  }

  prune(row: number, col: number): void {
    const key = cellKey(row, col);
    const cell = this.cells.get(key);
    if (cell && isEmptyCell(cell)) this.cells.delete(key);
  }

  /** Existing cells inside `rect`, without visiting every address of a large block. */
  *cellsIn(rect: Rect): Generator<[number, number, CellData]> {
    const area = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    if (area <= this.cells.size) {
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = this.cells.get(cellKey(r, c));
          if (cell) yield [r, c, cell];
        }
      }
      return;
    }
    for (const [key, cell] of [...this.cells]) {
      const [r, c] = parseKey(key);
      if (r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right) yield [r, c, cell];
    }
  }

  /** The smallest block holding every cell with a value (and, unless `valuesOnly`, a format). */
  usedRect(valuesOnly: boolean): Rect | null {
    let used: Rect | null = null;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.value === undefined) continue;
      const [r, c] = parseKey(key);
      used = used
        ? { top: Math.min(used.top, r), left: Math.min(used.left, c), bottom: Math.max(used.bottom, r), right: Math.max(used.right, c) }
        : { top: r, left: c, bottom: r, right: c };
    }
    return used;
  }
}

/** Excel's rules for table and defined names. */
function assertValidName(name: string, what: string): void {
  const valid =
    name.length > 0 &&
    name.length <= 255 &&
    /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[rRcC]$/.test(name) &&
    !/^[rR]\d*[cC]\d*$/.test(name);
  if (!valid) throw new HostError("InvalidArgument", `"${name}" is not a valid ${what} name.`);
}

/** Excel refuses any change to a protected sheet. */
function assertChangeable(sheet: SheetModel): void {
  if (sheet.protected) throw new HostError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet ("${sheet.name}").`);
}

/** Excel holds at most 32,767 characters in a cell. */
export const CELL_TEXT_LIMIT = 32_767;

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  names: NameModel[] = [];
  customProperties: CustomPropertyModel[] = [];
  readonly documentProperties = new Map<string, string>();
  activeSheetId = "";
  selection: RangeRef | undefined;
  /** A chart, a shape or several areas are selected: getSelectedRange fails (set by a test). */
  selectionIsNotARange = false;
  private counter = 0;

  constructor(sheetNames: readonly string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.addSheet(name);
    const first = this.sheets[0];
    if (first) this.activeSheetId = first.id;
  }

  newId(prefix: string): string {
    this.counter++;
    return `{${prefix}-${String(this.counter).padStart(4, "0")}}`;
  }

  // ---- sheets ----

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((sheet) => sheet.id === id);
  }

  sheetByName(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === lower);
  }

  requireSheet(id: string): SheetModel {
    const sheet = this.sheetById(id);
    if (!sheet) throw new HostError("ItemNotFound", "The worksheet no longer exists.");
    return sheet;
  }

  private assertSheetName(name: string, except?: SheetModel): void {
    if (name.length === 0 || name.length > 31 || SHEET_NAME_FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new HostError("InvalidArgument", `"${name}" is not a valid worksheet name.`);
    }
    const existing = this.sheetByName(name);
    if (existing && existing !== except) throw new HostError("ItemAlreadyExists", `A worksheet called "${name}" already exists.`);
  }

  addSheet(name?: string): SheetModel {
    let chosen = name;
    if (chosen === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheetByName(`Sheet${n}`)) n++;
      chosen = `Sheet${n}`;
    }
    this.assertSheetName(chosen);
    const sheet = new SheetModel(this.newId("sheet"), chosen);
    this.sheets.push(sheet);
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    assertChangeable(sheet);
    if (sheet.name === name) return;
    this.assertSheetName(name, sheet);
    const old = sheet.name;
    sheet.name = name;
    // Formulas naming the sheet follow the rename, as in Excel.
    const patterns = [`${quoteSheet(old)}!`, `'${old.replace(/'/g, "''")}'!`, `${old}!`];
    this.rewriteFormulas((formula) => {
      let out = formula;
      for (const pattern of patterns) out = out.split(pattern).join(`${quoteSheet(name)}!`);
      return out;
    });
  }

  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw new HostError("InvalidArgument", `Position ${position} is outside the ${this.sheets.length} worksheets.`);
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(position, 0, sheet);
  }

  setVisibility(sheet: SheetModel, visibility: Visibility): void {
    if (visibility !== "Visible" && this.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0) {
      throw new HostError("InvalidOperation", "A workbook must keep at least one visible worksheet.");
    }
    sheet.visibility = visibility;
    if (visibility !== "Visible" && this.activeSheetId === sheet.id) {
      this.activeSheetId = this.sheets.find((s) => s.visibility === "Visible")!.id;
    }
  }

  activateSheet(sheet: SheetModel): void {
    if (sheet.visibility !== "Visible") throw new HostError("InvalidOperation", `The worksheet "${sheet.name}" is hidden and cannot be activated.`);
    this.activeSheetId = sheet.id;
    this.selectionIsNotARange = false;
    this.selection = { sheetId: sheet.id, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
  }

  deleteSheet(sheet: SheetModel): void {
    assertChangeable(sheet);
    if (this.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0) {
      throw new HostError("InvalidOperation", "A workbook must keep at least one visible worksheet.");
    }
    for (const table of this.tables.filter((t) => t.sheetId === sheet.id)) this.deleteTable(table);
    for (const name of this.names) if (name.target.kind === "range" && name.target.ref.sheetId === sheet.id) name.target = { kind: "error" };
    const quoted = `${quoteSheet(sheet.name)}!`;
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.rewriteFormulas((formula) => (formula.includes(quoted) ? formula.split(new RegExp(`${escapeRegExp(quoted)}\\$?[A-Z]+\\$?\\d+(:\\$?[A-Z]+\\$?\\d+)?`, "g")).join("#REF!") : formula));
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets.find((s) => s.visibility === "Visible")!.id;
  }

  // ---- cells ----

  private assertFormatArea(rect: Rect): void {
    if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > FORMAT_CELL_LIMIT) {
      throw new HostError("NotImplemented", "The in-memory host formats at most two million cells at a time.");
    }
  }

  /** Writes `values` (or `formulas`) cell by cell; null leaves a cell unchanged, "" empties it. */
  writeCells(sheet: SheetModel, rect: Rect, input: unknown[][]): void {
    assertChangeable(sheet);
    assertShape(rect, input);
    const tooLong = input.flat().find((value) => typeof value === "string" && value.length > CELL_TEXT_LIMIT) as string | undefined;
    if (tooLong !== undefined) throw new HostError("InvalidArgument", `A cell holds at most ${CELL_TEXT_LIMIT} characters; this text has ${tooLong.length}.`);
    input.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const cell = sheet.ensureCell(rect.top + r, rect.left + c);
        delete cell.value;
        delete cell.formula;
        delete cell.quotePrefix;
        if (typeof value === "number") {
          if (!Number.isFinite(value)) throw new HostError("InvalidArgument", "A cell value must be a finite number.");
          cell.value = value;
        } else if (typeof value === "boolean") cell.value = value;
        else if (typeof value === "string") {
          if (value !== "") Object.assign(cell, interpretInput(value, cell.numberFormat));
        } else throw new HostError("InvalidArgument", `A cell value cannot be ${typeof value}.`);
        sheet.prune(rect.top + r, rect.left + c);
      }),
    );
    this.normaliseHeaders(sheet, rect);
  }

  writeNumberFormats(sheet: SheetModel, rect: Rect, formats: unknown[][]): void {
    assertChangeable(sheet);
    assertShape(rect, formats);
    formats.forEach((row, r) =>
      row.forEach((format, c) => {
        if (format === null || format === undefined) return;
        if (typeof format !== "string") throw new HostError("InvalidArgument", "A number format must be text.");
        const cell = sheet.ensureCell(rect.top + r, rect.left + c);
        if (format === "General" || format === "") delete cell.numberFormat;
        else cell.numberFormat = format;
        sheet.prune(rect.top + r, rect.left + c);
      }),
    );
  }

  setCellFormat(sheet: SheetModel, rect: Rect, property: "bold" | "italic" | "fontColor" | "fillColor" | "wrapText", value: boolean | string | null): void {
    assertChangeable(sheet);
    this.assertFormatArea(rect);
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = sheet.ensureCell(r, c);
        const isDefault = value === null || value === false || value === "";
        if (isDefault) delete cell[property];
        else (cell as Record<string, unknown>)[property] = value;
        sheet.prune(r, c);
      }
    }
  }

  clear(sheet: SheetModel, rect: Rect, applyTo: ClearApplyTo): void {
    assertChangeable(sheet);
    const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
    const formats = applyTo === "All" || applyTo === "Formats";
    for (const [r, c, cell] of sheet.cellsIn(rect)) {
      if (contents) {
        delete cell.value;
        delete cell.formula;
        delete cell.quotePrefix;
      }
      if (formats) {
        delete cell.numberFormat;
        delete cell.bold;
        delete cell.italic;
        delete cell.fontColor;
        delete cell.fillColor;
        delete cell.wrapText;
      }
      sheet.prune(r, c);
    }
    if (contents) this.normaliseHeaders(sheet, rect);
  }

  // ---- tables ----

  tableByName(name: string): TableModel | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((table) => table.name.toLowerCase() === lower);
  }

  nameByName(name: string): NameModel | undefined {
    const lower = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === lower);
  }

  private assertFreeForTable(sheet: SheetModel, rect: Rect, except?: TableModel): void {
    const clash = this.tables.find((t) => t !== except && t.sheetId === sheet.id && intersects(t.rect, rect));
    if (clash) throw new HostError("InvalidArgument", `A table can't overlap another table ("${clash.name}").`);
  }

  addTable(sheet: SheetModel, rect: Rect, hasHeaders: boolean): TableModel {
    assertChangeable(sheet);
    if (!hasHeaders) throw new HostError("NotImplemented", "The in-memory host adds tables with a header row only (hasHeaders: true).");
    if (isEntireRows(rect) || isEntireColumns(rect)) throw new HostError("InvalidArgument", "A table cannot cover entire rows or columns.");
    // A header row alone gets one empty body row, as in Excel.
    const tableRect = rect.top === rect.bottom ? { ...rect, bottom: rect.bottom + 1 } : rect;
    this.assertFreeForTable(sheet, tableRect);
    let n = this.tables.length + 1;
    while (this.tableByName(`Table${n}`) || this.nameByName(`Table${n}`)) n++;
    const table: TableModel = { id: this.newId("table"), name: `Table${n}`, sheetId: sheet.id, rect: tableRect, columns: [], style: "TableStyleMedium2" };
    this.tables.push(table);
    this.normaliseTableHeaders(sheet, table);
    return table;
  }

  renameTable(table: TableModel, name: string): void {
    if (table.name === name) return;
    assertValidName(name, "table");
    const clash = this.tableByName(name);
    if ((clash && clash !== table) || this.nameByName(name)) throw new HostError("ItemAlreadyExists", `The name "${name}" is already used in this workbook.`);
    const old = table.name;
    table.name = name;
    this.rewriteFormulas((formula) => renameTableIn(formula, old, name));
  }

  deleteTable(table: TableModel): void {
    this.tables = this.tables.filter((t) => t !== table);
    this.rewriteFormulas((formula) => deleteTableIn(formula, table.name));
  }

  /** Keeps a table's range but makes it plain cells (Excel's "Convert to Range"). */
  resizeTable(table: TableModel, rect: Rect): void {
    const sheet = this.requireSheet(table.sheetId);
    if (rect.top !== table.rect.top || !intersects(rect, table.rect) || rect.bottom <= rect.top) {
      throw new HostError("InvalidArgument", "The new table range must keep the header row where it is and overlap the table.");
    }
    if (isEntireRows(rect) || isEntireColumns(rect)) throw new HostError("InvalidArgument", "A table cannot cover entire rows or columns.");
    this.assertFreeForTable(sheet, rect, table);
    const oldColumns = new Map<number, string>(table.columns.map((name, i) => [table.rect.left + i, name]));
    const removed = [...oldColumns].filter(([col]) => col < rect.left || col > rect.right).map(([, name]) => name);
    table.rect = rect;
    table.columns = [];
    for (let c = rect.left; c <= rect.right; c++) {
      const kept = oldColumns.get(c);
      if (kept !== undefined) table.columns.push(kept);
      else table.columns.push("");
    }
    for (const name of removed) this.rewriteFormulas((formula) => removeColumnIn(formula, table.name, name));
    this.normaliseTableHeaders(sheet, table);
  }

  /** Adds `count` rows at the end of a table, shifting the cells below it in its columns down. */
  addTableRows(table: TableModel, count: number): Rect {
    const sheet = this.requireSheet(table.sheetId);
    const below: Rect = { top: table.rect.bottom + 1, bottom: MAX_ROWS - 1, left: table.rect.left, right: table.rect.right };
    const blocking = this.tables.find((t) => t !== table && t.sheetId === sheet.id && intersects(t.rect, below));
    if (blocking) throw new HostError("InsertDeleteConflict", `Adding rows would move part of the table "${blocking.name}".`);
    const moved: [number, number, CellData][] = [...sheet.cellsIn(below)];
    for (const [r, c] of moved) sheet.cells.delete(cellKey(r, c));
    for (const [r, c, cell] of moved) sheet.cells.set(cellKey(r + count, c), cell);
    const added: Rect = { top: table.rect.bottom + 1, bottom: table.rect.bottom + count, left: table.rect.left, right: table.rect.right };
    table.rect = { ...table.rect, bottom: table.rect.bottom + count };
    return added;
  }

  /** Header cells are unique, non-empty text; a changed header renames the column everywhere. */
  private normaliseHeaders(sheet: SheetModel, rect: Rect): void {
    for (const table of this.tables) {
      if (table.sheetId !== sheet.id) continue;
      const header: Rect = { ...table.rect, bottom: table.rect.top };
      if (intersects(header, rect)) this.normaliseTableHeaders(sheet, table);
    }
  }

  private normaliseTableHeaders(sheet: SheetModel, table: TableModel): void {
    const names: string[] = [];
    const width = columnCount(table.rect);
    for (let i = 0; i < width; i++) {
      const cell = sheet.cell(table.rect.top, table.rect.left + i);
      let name = cell?.value === undefined ? "" : String(cell.value);
      if (name === "") name = `Column${i + 1}`;
      const base = name;
      let n = 2;
      while (names.some((taken) => taken.toLowerCase() === name.toLowerCase())) name = `${base}${n++}`;
      names.push(name);
      const target = sheet.ensureCell(table.rect.top, table.rect.left + i);
      target.value = name;
      delete target.formula;
    }
    names.forEach((name, i) => {
      const old = table.columns[i];
      if (old !== undefined && old !== "" && old !== name) this.rewriteFormulas((formula) => renameColumnIn(formula, table.name, old, name));
    });
    table.columns = names;
  }

  // ---- names ----

  addName(name: string, target: NameTarget, comment: string): NameModel {
    assertValidName(name, "defined");
    if (this.nameByName(name) || this.tableByName(name)) throw new HostError("ItemAlreadyExists", `The name "${name}" already exists.`);
    const model: NameModel = { name, target, comment, visible: true };
    this.names.push(model);
    this.names.sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
    return model;
  }

  deleteName(name: NameModel): void {
    this.names = this.names.filter((n) => n !== name);
  }

  /** "=Sheet1!$A$1:$B$2", "=#REF!", or another formula kept as a constant. */
  parseNameFormula(formula: unknown): NameTarget {
    if (typeof formula !== "string") return { kind: "constant", formula: `=${JSON.stringify(formula)}` };
    const text = formula.startsWith("=") ? formula.slice(1) : formula;
    if (/^#REF!/i.test(text) || /!#REF!$/i.test(text)) return { kind: "error" };
    try {
      const parsed = parseAddress(text);
      if (parsed.sheet !== undefined) {
        const sheet = this.sheetByName(parsed.sheet);
        if (!sheet) throw new HostError("InvalidArgument", `The formula "${formula}" names a worksheet that does not exist.`);
        return { kind: "range", ref: { sheetId: sheet.id, rect: parsed.rect } };
      }
    } catch (error) {
      if (error instanceof HostError && error.message.includes("names a worksheet")) throw error;
    }
    return { kind: "constant", formula: formula.startsWith("=") ? formula : `=${formula}` };
  }

  nameFormula(name: NameModel): string {
    const { target } = name;
    if (target.kind === "error") return "=#REF!";
    if (target.kind === "constant") return target.formula;
    const sheet = this.requireSheet(target.ref.sheetId);
    return `=${formatAddress(sheet.name, target.ref.rect, true)}`;
  }

  // ---- conditional formats ----

  addConditionalFormat(sheet: SheetModel, rect: Rect): ConditionalFormatModel {
    assertChangeable(sheet);
    const format: ConditionalFormatModel = { id: this.newId("cf"), rect, type: "Custom", formula: "", stopIfTrue: false };
    // A new rule goes first (highest priority), as in Excel.
    sheet.conditionalFormats.unshift(format);
    return format;
  }

  /** Excel trims rules to what lies outside the range; the host removes any rule the range touches. */
  clearConditionalFormats(sheet: SheetModel, rect: Rect): void {
    sheet.conditionalFormats = sheet.conditionalFormats.filter((format) => !intersects(format.rect, rect));
  }

  // ---- charts ----

  addChart(sheet: SheetModel, type: string, source: RangeRef, seriesBy: string): ChartModel {
    assertChangeable(sheet);
    const chart: ChartModel = { id: this.newId("chart"), name: `Chart ${sheet.charts.length + 1}`, type, title: "", series: [] };
    this.setChartData(chart, source, seriesBy);
    sheet.charts.push(chart);
    return chart;
  }

  setChartData(chart: ChartModel, source: RangeRef, seriesBy: string): void {
    const { rect } = source;
    const byRows = seriesBy === "Rows" || (seriesBy !== "Columns" && columnCount(rect) > rect.bottom - rect.top + 1);
    const count = byRows ? rect.bottom - rect.top + 1 : columnCount(rect);
    chart.series = Array.from({ length: count }, (_, i) => ({
      name: `Series${i + 1}`,
      values: byRows
        ? { sheetId: source.sheetId, rect: { ...rect, top: rect.top + i, bottom: rect.top + i } }
        : { sheetId: source.sheetId, rect: { ...rect, left: rect.left + i, right: rect.left + i } },
    }));
  }

  chartSheet(chart: ChartModel): SheetModel | undefined {
    return this.sheets.find((sheet) => sheet.charts.includes(chart));
  }

  deleteChart(chart: ChartModel): void {
    const sheet = this.chartSheet(chart);
    if (sheet) sheet.charts = sheet.charts.filter((c) => c !== chart);
  }

  // ---- inserting and deleting rows ----

  /** Inserts `count` entire rows above row `at`: everything at or below moves down. */
  insertRows(sheet: SheetModel, at: number, count: number): void {
    assertChangeable(sheet);
    const used = sheet.usedRect(false);
    if (used && used.bottom + count >= MAX_ROWS) throw new HostError("InvalidOperation", "Inserting these rows would push cells off the worksheet.");
    const shift = (row: number) => (row >= at ? row + count : row);
    const moved = [...sheet.cells];
    sheet.cells.clear();
    for (const [key, cell] of moved) {
      const [r, c] = parseKey(key);
      sheet.cells.set(cellKey(shift(r), c), cell);
    }
    const moveRect = (rect: Rect): Rect => ({ ...rect, top: shift(rect.top), bottom: rect.bottom >= at ? rect.bottom + count : rect.bottom });
    this.moveRects(sheet, moveRect, () => false);
  }

  /** Deletes entire rows `top`..`top+count-1`: rows below move up. */
  deleteRows(sheet: SheetModel, top: number, count: number): void {
    assertChangeable(sheet);
    const bottom = top + count - 1;
    const gone: Rect = { top, bottom, left: 0, right: MAX_COLUMNS - 1 };
    for (const table of this.tables) {
      if (table.sheetId !== sheet.id || !intersects(table.rect, gone) || contains(gone, table.rect)) continue;
      if (table.rect.top >= top && table.rect.top <= bottom) {
        throw new HostError("InvalidOperation", `Deleting these rows would delete the header row of the table "${table.name}" but not the table.`);
      }
    }
    for (const table of this.tables.filter((t) => t.sheetId === sheet.id && contains(gone, t.rect))) this.deleteTable(table);
    const moved = [...sheet.cells];
    sheet.cells.clear();
    for (const [key, cell] of moved) {
      const [r, c] = parseKey(key);
      if (r >= top && r <= bottom) continue;
      sheet.cells.set(cellKey(r > bottom ? r - count : r, c), cell);
    }
    const moveRect = (rect: Rect): Rect => {
      const newTop = rect.top > bottom ? rect.top - count : rect.top >= top ? top : rect.top;
      const newBottom = rect.bottom > bottom ? rect.bottom - count : rect.bottom >= top ? top - 1 : rect.bottom;
      return { ...rect, top: newTop, bottom: Math.max(newTop, newBottom) };
    };
    this.moveRects(sheet, moveRect, (rect) => contains(gone, rect));
    for (const table of this.tables) {
      // A table keeps at least one body row.
      if (table.sheetId === sheet.id && table.rect.bottom <= table.rect.top) table.rect = { ...table.rect, bottom: table.rect.top + 1 };
    }
  }

  private moveRects(sheet: SheetModel, move: (rect: Rect) => Rect, isGone: (rect: Rect) => boolean): void {
    const isRowsOnly = (rect: Rect) => isEntireColumns(rect);
    const moveRef = (ref: RangeRef | undefined): RangeRef | undefined => {
      if (!ref || ref.sheetId !== sheet.id || isRowsOnly(ref.rect)) return ref;
      return isGone(ref.rect) ? undefined : { sheetId: ref.sheetId, rect: move(ref.rect) };
    };
    for (const table of this.tables) if (table.sheetId === sheet.id) table.rect = move(table.rect);
    for (const name of this.names) {
      if (name.target.kind !== "range") continue;
      const ref = moveRef(name.target.ref);
      name.target = ref ? { kind: "range", ref } : { kind: "error" };
    }
    sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !isGone(f.rect)).map((f) => ({ ...f, rect: move(f.rect) }));
    for (const s of this.sheets) {
      for (const chart of s.charts) {
        for (const series of chart.series) {
          const values = moveRef(series.values);
          const xValues = moveRef(series.xValues);
          if (values) series.values = values;
          else delete series.values;
          if (xValues) series.xValues = xValues;
          else delete series.xValues;
        }
        if (s === sheet && chart.position) chart.position = move(chart.position);
      }
    }
    if (this.selection?.sheetId === sheet.id) {
      this.selection = isGone(this.selection.rect) ? { sheetId: sheet.id, rect: { top: 0, left: 0, bottom: 0, right: 0 } } : { sheetId: sheet.id, rect: move(this.selection.rect) };
    }
  }

  // ---- formulas ----

  *formulaCells(): Generator<{ sheet: SheetModel; row: number; col: number; cell: CellData }> {
    for (const sheet of this.sheets) {
      for (const [key, cell] of sheet.cells) {
        if (cell.formula === undefined) continue;
        const [row, col] = parseKey(key);
        yield { sheet, row, col, cell };
      }
    }
  }

  rewriteFormulas(rewrite: (formula: string) => string): void {
    for (const { cell } of this.formulaCells()) {
      const next = rewrite(cell.formula!);
      if (next !== cell.formula) {
        cell.formula = next;
        cell.value = next;
      }
    }
    for (const sheet of this.sheets) {
      for (const format of sheet.conditionalFormats) format.formula = rewrite(format.formula);
    }
  }

  formulasReferringTo(tableName: string): string[] {
    return [...this.formulaCells()].filter(({ cell }) => refersToTable(cell.formula!, tableName)).map(({ cell }) => cell.formula!);
  }

  tableRange(table: TableModel, part: "all" | "header" | "body"): Rect {
    if (part === "header") return { ...table.rect, bottom: table.rect.top };
    if (part === "body") return { ...table.rect, top: table.rect.top + 1 };
    return table.rect;
  }
}

function assertShape(rect: Rect, input: unknown[][]): void {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (!Array.isArray(input) || input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new HostError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows} × ${cols}).`,
    );
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
