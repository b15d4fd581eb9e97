// The in-memory Excel host (docs/design.md §8): an `Excel.run`-compatible entry over a document held in
// memory, with Office.js proxy semantics (load + sync, queued writes, null objects, errors with
// codes), meters for syncs and request sizes, and views of the document for tests. A test
// double, not evidence that Excel works: it is kept to the members in @types/office-js that the
// add-in uses. Free of Node APIs so the e2e harness can bundle it for the browser.
import { columnLetters, formatRect, parseAddress } from "./address";
import { HostFaults } from "./faults";
import { HostRequestContext, type HostMeter, type HostRunOptions } from "./request-context";
import { officeStandIn, type OfficeStandIn } from "./office-stand-in";
import { HostSettings } from "./settings";
import { WorkbookModel, type CellData, type Scalar, type SheetModel } from "./workbook-model";

import { HostError } from "./errors";
export { HostError } from "./errors";
export type { HostErrorCode } from "./errors";
export type { HostMeter, HostRequest, HostRunOptions } from "./request-context";
export { HostFaults, type CommandView, type InjectedFailure } from "./faults";
export { HostSettings } from "./settings";
export { installOfficeGlobals, type OfficeStandIn } from "./office-stand-in";
export type { CellData } from "./workbook-model";

/** Excel on the web refuses a request over 5 MB, and a response over 5 MB. */
export const EXCEL_WEB_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
export const EXCEL_WEB_RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;

export interface ExcelHostOptions {
  /** Sheets of the new workbook, first active; default ["Sheet1"]. */
  sheets?: string[];
  requestLimitBytes?: number;
  responseLimitBytes?: number;
}

/** `{ sheets: { [name]: values[][] }, tables: { [name]: { sheet, address } } }`, values as Excel reads them. */
export interface HostSnapshot {
  sheets: Record<string, Scalar[][]>;
  tables: Record<string, { sheet: string; address: string }>;
}

export interface HostTableView {
  id: string;
  name: string;
  sheet: string;
  /** "A7:P20", on `sheet`. */
  address: string;
  columns: string[];
}

export interface HostConditionalFormatView {
  address: string;
  formula: string;
  fillColor?: string;
  fontColor?: string;
}

export interface HostChartView {
  name: string;
  type: string;
  title: string;
  position?: string;
  series: { name: string; values?: string; xValues?: string }[];
}

/** Everything about one sheet, in a form two states can be compared with toEqual. */
export interface HostSheetState {
  name: string;
  position: number;
  visibility: string;
  cells: Record<string, CellData>;
  columnWidths: Record<string, number>;
  conditionalFormats: HostConditionalFormatView[];
  charts: HostChartView[];
  tables: HostTableView[];
}

export class ExcelHost {
  readonly model: WorkbookModel;
  readonly settings = new HostSettings();
  readonly meter: HostMeter = { syncs: 0, roundTrips: 0, requests: [] };
  /** Cell-edit mode, read-only, co-authoring and injected failures, switched on by a test. */
  readonly faults = new HostFaults();
  requestLimitBytes: number;
  responseLimitBytes: number;

  constructor(options: ExcelHostOptions = {}) {
    this.model = new WorkbookModel(options.sheets ?? ["Sheet1"]);
    this.requestLimitBytes = options.requestLimitBytes ?? EXCEL_WEB_REQUEST_LIMIT_BYTES;
    this.responseLimitBytes = options.responseLimitBytes ?? EXCEL_WEB_RESPONSE_LIMIT_BYTES;
  }

  /** A fresh request context, typed as Office.js's. */
  createContext(): Excel.RequestContext {
    return new HostRequestContext(this) as unknown as Excel.RequestContext;
  }

  /**
   * Excel.run: the batch gets a context; what it leaves queued is sent when it resolves. Takes
   * Excel.RunOptions first, as Office.js does (delayForCellEdit: wait out cell-edit mode).
   */
  run = async <T>(
    optionsOrBatch: HostRunOptions | ((context: Excel.RequestContext) => Promise<T>),
    maybeBatch?: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    const batch = typeof optionsOrBatch === "function" ? optionsOrBatch : maybeBatch;
    if (batch === undefined) throw new HostError("InvalidArgument", "Excel.run needs a batch function.");
    const context = new HostRequestContext(this, typeof optionsOrBatch === "function" ? {} : optionsOrBatch);
    const result = await batch(context as unknown as Excel.RequestContext);
    await context.flush();
    return result;
  };

  /** The meters in one object, for the bench: syncs, round trips and the size of every request. */
  meterSummary(): { syncs: number; roundTrips: number; requestBytes: number[]; largestRequestBytes: number; totalRequestBytes: number } {
    const requestBytes = this.meter.requests.map((request) => request.bytes);
    return {
      syncs: this.meter.syncs,
      roundTrips: this.meter.roundTrips,
      requestBytes,
      largestRequestBytes: Math.max(0, ...requestBytes),
      totalRequestBytes: requestBytes.reduce((sum, bytes) => sum + bytes, 0),
    };
  }

  resetMeter(): void {
    this.meter.syncs = 0;
    this.meter.roundTrips = 0;
    this.meter.requests = [];
  }

  /** Stand-ins for the globals `Excel` and `Office` (the e2e harness installs them in the page). */
  excelGlobal(): { run: ExcelHost["run"] } {
    return { run: this.run };
  }

  officeGlobal(): OfficeStandIn {
    return officeStandIn(this.settings);
  }

  // ---- views for tests ----

  private sheet(name: string): SheetModel {
    const sheet = this.model.sheetByName(name);
    if (!sheet) throw new Error(`The in-memory workbook has no sheet "${name}" (it has ${this.sheetNames().join(", ")}).`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  activeSheetName(): string {
    return this.model.requireSheet(this.model.activeSheetId).name;
  }

  snapshot(): HostSnapshot {
    const sheets: HostSnapshot["sheets"] = {};
    for (const sheet of this.model.sheets) {
      const used = sheet.usedRect(true);
      if (!used) {
        sheets[sheet.name] = [];
        continue;
      }
      sheets[sheet.name] = Array.from({ length: used.bottom + 1 }, (_, r) => Array.from({ length: used.right + 1 }, (_, c) => sheet.cell(r, c)?.value ?? ""));
    }
    const tables: HostSnapshot["tables"] = {};
    for (const table of this.model.tables) tables[table.name] = { sheet: this.model.requireSheet(table.sheetId).name, address: formatRect(table.rect) };
    return { sheets, tables };
  }

  /** One cell, e.g. cell("Ombudsman", "A7"); undefined when it is empty and unformatted. */
  cell(sheetName: string, address: string): CellData | undefined {
    const { rect } = parseAddress(address);
    const cell = this.sheet(sheetName).cell(rect.top, rect.left);
    return cell ? { ...cell } : undefined;
  }

  /** Values of a block, as `range.values` reads them. */
  values(sheetName: string, address: string): Scalar[][] {
    const { rect } = parseAddress(address);
    const sheet = this.sheet(sheetName);
    return Array.from({ length: rect.bottom - rect.top + 1 }, (_, r) =>
      Array.from({ length: rect.right - rect.left + 1 }, (_, c) => sheet.cell(rect.top + r, rect.left + c)?.value ?? ""),
    );
  }

  table(name: string): HostTableView | undefined {
    const table = this.model.tableByName(name);
    if (!table) return undefined;
    return { id: table.id, name: table.name, sheet: this.model.requireSheet(table.sheetId).name, address: formatRect(table.rect), columns: [...table.columns] };
  }

  tables(): HostTableView[] {
    return this.model.tables.map((t) => this.table(t.name)!);
  }

  /** Defined names and what they refer to ("='Ombudsman'!$A$1:$P$20", "=#REF!"). */
  names(): { name: string; formula: string }[] {
    return this.model.names.map((n) => ({ name: n.name, formula: this.model.nameFormula(n) }));
  }

  /** Every formula in the workbook that refers to a table by a structured reference. */
  formulasReferringTo(tableName: string): string[] {
    return this.model.formulasReferringTo(tableName);
  }

  conditionalFormats(sheetName: string): HostConditionalFormatView[] {
    return this.sheet(sheetName).conditionalFormats.map((f) => ({
      address: formatRect(f.rect),
      formula: f.formula,
      ...(f.fillColor === undefined ? {} : { fillColor: f.fillColor }),
      ...(f.fontColor === undefined ? {} : { fontColor: f.fontColor }),
    }));
  }

  charts(sheetName: string): HostChartView[] {
    const ref = (r: { sheetId: string; rect: { top: number; left: number; bottom: number; right: number } } | undefined) =>
      r === undefined ? undefined : `${this.model.requireSheet(r.sheetId).name}!${formatRect(r.rect)}`;
    return this.sheet(sheetName).charts.map((chart) => ({
      name: chart.name,
      type: chart.type,
      title: chart.title,
      ...(chart.position ? { position: formatRect(chart.position) } : {}),
      series: chart.series.map((s) => {
        const values = ref(s.values);
        const xValues = ref(s.xValues);
        return { name: s.name, ...(values === undefined ? {} : { values }), ...(xValues === undefined ? {} : { xValues }) };
      }),
    }));
  }

  /** Every sheet's state, in tab order: compare two to show nothing changed. */
  sheetStates(): HostSheetState[] {
    return this.sheetNames().map((name) => this.sheetState(name));
  }

  sheetState(sheetName: string): HostSheetState {
    const sheet = this.sheet(sheetName);
    const cells: Record<string, CellData> = {};
    const keys = [...sheet.cells.keys()].map((key) => key.split(":").map(Number) as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [r, c] of keys) cells[`${columnLetters(c)}${r + 1}`] = { ...sheet.cell(r, c)! };
    const columnWidths: Record<string, number> = {};
    for (const [c, width] of [...sheet.columnWidths].sort((a, b) => a[0] - b[0])) columnWidths[columnLetters(c)] = width;
    return {
      name: sheet.name,
      position: this.model.sheets.indexOf(sheet),
      visibility: sheet.visibility,
      cells,
      columnWidths,
      conditionalFormats: this.conditionalFormats(sheetName),
      charts: this.charts(sheetName),
      tables: this.model.tables.filter((t) => t.sheetId === sheet.id).map((t) => this.table(t.name)!),
    };
  }
}

export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  return new ExcelHost(options);
}
