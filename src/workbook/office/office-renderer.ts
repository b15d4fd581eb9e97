// The Office renderer: writes a sheet plan into the open workbook through Office.js, in one
// Excel.run with two round trips. The first reads what it must (the ownership marker, which
// sheets and tables exist and where); the plan is built from that (Fetch adds a council to
// those already there, Refresh rebuilds them all); the second writes the whole plan, split
// further only to keep each request under Excel on the web's 5 MB limit. Everything that can
// refuse (a table name taken, a malformed plan) is checked between the two, so a refusal writes
// nothing. Besides the pane's Excel code (workbook/pane), the only module that touches Office types.
import { block, blockAddress, columnsAddress, rowsAddress, sameName } from "../rendering/a1";
import { officeBlock } from "./cell-text";
import { workbookStateOf, type ExistingWorkbook, type WorkbookState } from "../rendering/existing-workbook";
import { HIGHLIGHT_COLOURS, highlightFormula } from "../rendering/flag-highlight";
import { councilMarkerName, isCouncilMarkerName, MARKER_COMMENT, markerEntries } from "../rendering/ownership-marker";
import type { CellValue, PlanTable, SheetKey, SheetPlan } from "../plan/plan";
import { CONTRACT_SHEETS, CONTRACT_TABLES } from "../plan/contract-names";
import { keepRowsInPlace } from "../rendering/rows-in-place";
import { keepAnalystEntries } from "../rendering/analyst-entries";
import { refreshSteps } from "./refresh-steps";
import { resolveTargets, type SheetTarget } from "../rendering/render-targets";
import { COMMAND_OVERHEAD_BYTES, DEFAULT_REQUEST_BUDGET_BYTES, payloadBytes, rowRuns } from "./request-budget";
import { highlightPlace, layoutSheet, type SheetLayout, type TableLayout } from "../rendering/sheet-layout";
import { printSetup, titleRowsAddress } from "../rendering/print-setup";

export interface OfficeRenderOptions {
  /** Largest request to send, by the renderer's estimate of its size; default 4 MB (Excel on the web refuses 5 MB). */
  requestBudgetBytes?: number;
}

export interface RenderReport {
  sheets: { key: SheetKey; name: string; created: boolean }[];
  /** For the analyst: a sheet name that was taken, an owned sheet found under a new name. */
  notes: string[];
  /** Round trips to Excel: one read, then the writes (more than one only for a plan over the request budget). */
  requests: number;
}

/** Charts the add-in draws are named so Refresh can replace them. */
export const CHART_NAME_PREFIX = "OmbudsmanScrutiny_Chart_";

/** Excel column width in points for a width in characters of the default font. */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Reads, in one sync, what the renderer needs to know about the workbook. */
export async function readWorkbook(context: Excel.RequestContext): Promise<ExistingWorkbook> {
  const { workbook } = context;
  const sheets = workbook.worksheets.load("items/name,items/visibility,items/charts/items/name");
  const active = workbook.worksheets.getActiveWorksheet().load("name");
  const tables = workbook.tables.load("items/name,items/worksheet/name,items/rows/count,items/columns/count");
  const names = workbook.names.load("items/name,items/formula");
  // In the same sync, by the contract's names (a missing one reads as a null object): the cells
  // of the add-in's tables, so rows stay where they are, and whether a sheet of the add-in's
  // name is empty (left by a first Fetch that failed before it was marked).
  const tableCells = CONTRACT_TABLES.map((name) => workbook.tables.getItemOrNullObject(name).getRange().load("values"));
  const usedRanges = CONTRACT_SHEETS.map((name) => workbook.worksheets.getItemOrNullObject(name).getUsedRangeOrNullObject().load("address"));
  await context.sync();
  const cellsOf = (name: string): CellValue[][] | undefined => {
    const range = tableCells[CONTRACT_TABLES.findIndex((table) => sameName(table, name))];
    return range === undefined || range.isNullObject ? undefined : (range.values as (string | number | boolean)[][]).map((row) => row.map((cell) => (cell === "" ? null : cell)));
  };
  const isEmpty = (sheet: Excel.Worksheet): boolean | undefined => {
    const used = usedRanges[CONTRACT_SHEETS.findIndex((name) => sameName(name, sheet.name))];
    return used === undefined ? undefined : used.isNullObject && sheet.charts.items.length === 0 && !tables.items.some((table) => sameName(table.worksheet.name, sheet.name));
  };
  return {
    sheets: sheets.items.map((sheet) => {
      const empty = isEmpty(sheet);
      return { name: sheet.name, visible: sheet.visibility === "Visible", charts: sheet.charts.items.map((chart) => chart.name), ...(empty === undefined ? {} : { empty }) };
    }),
    activeSheet: active.name,
    tables: tables.items.map((table) => {
      const values = cellsOf(table.name);
      return { name: table.name, sheet: table.worksheet.name, bodyRows: table.rows.count, columns: table.columns.count, ...(values === undefined ? {} : { values }) };
    }),
    names: names.items.map((name) => ({ name: name.name, formula: String(name.formula) })),
  };
}

/** Counts what is queued and sends a request before the next block would take it over budget. */
class RequestWriter {
  private queuedBytes = 0;
  requests = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    readonly budget: number,
  ) {}

  begin(): void {
    this.context.workbook.application.suspendApiCalculationUntilNextSync();
    this.queuedBytes = COMMAND_OVERHEAD_BYTES;
  }

  /** Notes a small command. */
  note(commands = 1, bytes = 0): void {
    this.queuedBytes += commands * COMMAND_OVERHEAD_BYTES + bytes;
  }

  /** Makes room for `bytes` of data, sending what is queued if they would not fit. */
  async room(bytes: number): Promise<void> {
    if (this.queuedBytes > COMMAND_OVERHEAD_BYTES && this.queuedBytes + bytes > this.budget) {
      await this.send();
      this.begin();
    }
    this.queuedBytes += bytes;
  }

  async send(): Promise<void> {
    await this.context.sync();
    this.requests++;
  }
}

/**
 * Writes the plan built for the workbook's state: `planFor` gets the councils and sheets the
 * add-in already has there. It may be async (a Refresh reads LGSCO's pages for the councils it
 * finds), so the read and the write stay two syncs whatever the plan needs in between. Throws RenderConflictError (nothing written) when the workbook
 * cannot take the plan, e.g. a table name used by the analyst's own table.
 */
export async function renderPlan(
  context: Excel.RequestContext,
  planFor: (state: WorkbookState) => SheetPlan | Promise<SheetPlan>,
  options: OfficeRenderOptions = {},
): Promise<RenderReport> {
  const existing = await readWorkbook(context);
  const plan = await planFor(workbookStateOf(existing));
  const targets = keepAnalystEntries(keepRowsInPlace(resolveTargets(existing, plan), existing), existing);
  const layouts = new Map(targets.sheets.map((target) => [target.key, layoutSheet(target.plan)]));

  const writer = new RequestWriter(context, options.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET_BYTES);
  writer.begin();
  const worksheets = context.workbook.worksheets;
  const activeIndex = Math.max(0, existing.sheets.findIndex((sheet) => sameName(sheet.name, existing.activeSheet)));
  let nextPosition = activeIndex + 1;
  for (const target of targets.sheets) {
    if (!target.exists) {
      // New sheets go beside the analyst's: after the sheet they are looking at.
      worksheets.add(target.name).position = nextPosition++;
      writer.note(2);
    }
  }
  for (const target of targets.sheets) await writeSheet(context, writer, target, layouts.get(target.key)!);
  writeMarker(context, writer, existing, plan, targets.sheets, layouts);

  const shown = targets.sheets.find((target) => target.key === plan.activate) ?? targets.sheets[0];
  if (shown) {
    const sheet = worksheets.getItem(shown.name);
    if (!shown.visible) sheet.visibility = "Visible";
    sheet.activate();
  }
  await writer.send();

  return {
    sheets: targets.sheets.map((target) => ({ key: target.key, name: target.name, created: !target.exists })),
    notes: targets.notes,
    requests: 1 + writer.requests,
  };
}

/** Excel.run, or the in-memory host's run in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** renderPlan inside its own Excel.run (pass `Excel.run`, or the test host's `run`). */
export function renderPlanInExcel(
  run: ExcelRun,
  planFor: (state: WorkbookState) => SheetPlan | Promise<SheetPlan>,
  options: OfficeRenderOptions = {},
): Promise<RenderReport> {
  return run((context) => renderPlan(context, planFor, options));
}

/** The Office renderer in the shape the jobs take (application/ports.ts PlanRenderer). */
export function officePlanRenderer(run: ExcelRun, options: OfficeRenderOptions = {}) {
  return {
    render: async (planFor: (state: WorkbookState) => SheetPlan | Promise<SheetPlan>): Promise<{ notes: string[] }> => {
      const report = await renderPlanInExcel(run, planFor, options);
      return { notes: report.notes };
    },
  };
}

async function writeSheet(context: Excel.RequestContext, writer: RequestWriter, target: SheetTarget, layout: SheetLayout): Promise<void> {
  await writer.room(0);
  const sheetNamed = () => context.workbook.worksheets.getItem(target.name);
  let sheet = sheetNamed();

  if (target.exists) {
    const refresh = refreshSteps(layout, target.tables, target.previousRegion);
    for (const step of refresh.steps) {
      if (step.kind === "resizeTable") context.workbook.tables.getItem(step.table).resize(sheet.getRange(blockAddress(step.cells)));
      else if (step.kind === "insertRows") sheet.getRange(rowsAddress(step.top, step.count)).insert("Down");
      else if (step.kind === "deleteRows") sheet.getRange(rowsAddress(step.top, step.count)).delete("Up");
      else sheet.getRange(blockAddress(step.cells)).clear("All");
    }
    sheet.getRange(blockAddress(refresh.formatsArea)).conditionalFormats.clearAll();
    for (const chart of target.charts.filter((name) => name.startsWith(CHART_NAME_PREFIX))) sheet.charts.getItem(chart).delete();
    writer.note(refresh.steps.length + 2 + target.charts.length);
  }

  if (layout.headerRows.length > 0) {
    const header = block(0, 0, layout.headerRows.length, layout.headerRows[0]!.length);
    const { values, numberFormat } = officeBlock(layout.headerRows);
    await writer.room(payloadBytes(values) + payloadBytes(numberFormat) + COMMAND_OVERHEAD_BYTES * 3);
    sheet = sheetNamed();
    const headerRange = sheet.getRange(blockAddress(header));
    // Formats first: a value is read in the light of its cell's format (the one text rule, cell-text.ts).
    headerRange.numberFormat = numberFormat;
    headerRange.values = values;
    sheet.getRange(blockAddress({ ...header, bottom: 0 })).format.font.bold = true;
  }

  for (const [i, table] of layout.tables.entries()) {
    await writeTable(context, writer, target.name, table, target.tables[i]?.existing !== undefined);
  }
  sheet = sheetNamed();

  const widths = new Map<number, number>();
  for (const table of layout.tables) {
    table.table.columns.forEach((column, i) => {
      if (column.width !== undefined) widths.set(i, Math.max(widths.get(i) ?? 0, column.width));
      else sheet.getRange(blockAddress({ ...table.cells, left: i, right: i })).format.autofitColumns();
    });
  }
  for (const [i, width] of widths) sheet.getRange(columnsAddress(i)).format.columnWidth = columnWidthPoints(width);
  writer.note(widths.size);

  for (const table of layout.tables) {
    for (const highlight of table.table.highlights) {
      const place = highlightPlace(table, highlight);
      const format = sheet.getRange(blockAddress(place.cells)).conditionalFormats.add("Custom");
      format.custom.rule.formula = `=${highlightFormula(highlight.flagId, place.flagsColumn, place.cells.top)}`;
      format.custom.format.fill.color = HIGHLIGHT_COLOURS[highlight.severity].fill;
      format.custom.format.font.color = HIGHLIGHT_COLOURS[highlight.severity].font;
      writer.note(4);
    }
  }

  // Landscape, one page wide and any number tall, titles repeated, long text wrapped (ExcelApi 1.9).
  const setup = printSetup(target.plan, layout);
  sheet.pageLayout.orientation = setup.print.orientation === "landscape" ? "Landscape" : "Portrait";
  sheet.pageLayout.zoom = { horizontalFitToPages: setup.print.pagesWide, verticalFitToPages: 0 };
  if (setup.titleRows) sheet.pageLayout.setPrintTitleRows(titleRowsAddress(setup.titleRows));
  for (const cells of setup.wrapped) sheet.getRange(blockAddress(cells)).format.wrapText = true;
  writer.note(3 + setup.wrapped.length);

  layout.charts.forEach((placed, i) => {
    const [first, ...others] = placed.series;
    const category = sheet.getRange(blockAddress(placed.category));
    const chart = sheet.charts.add("Line", sheet.getRange(blockAddress(first!.cells)), "Columns");
    chart.name = `${CHART_NAME_PREFIX}${i + 1}`;
    chart.title.text = placed.chart.title;
    const firstSeries = chart.series.getItemAt(0);
    firstSeries.name = first!.column;
    // Its values set explicitly rather than left to Excel's detection of series in the source range.
    firstSeries.setValues(sheet.getRange(blockAddress(first!.cells)));
    firstSeries.setXAxisValues(category);
    // Further series come from their own columns, which need not be next to the first (ExcelApi 1.7).
    for (const series of others) {
      const added = chart.series.add(series.column);
      added.setValues(sheet.getRange(blockAddress(series.cells)));
      added.setXAxisValues(category);
    }
    chart.setPosition(blockAddress(placed.from), blockAddress(placed.to));
    writer.note(8 + others.length * 3);
  });
}

/** Header row, then the body from one 2D array of values and one of number formats per request. */
async function writeTable(context: Excel.RequestContext, writer: RequestWriter, sheetName: string, placed: TableLayout, exists: boolean): Promise<void> {
  const { table } = placed;
  const header = officeBlock([table.columns.map((column) => column.name)]);
  await writer.room(payloadBytes(header.values) + payloadBytes(header.numberFormat) + COMMAND_OVERHEAD_BYTES * 4);
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const headerRange = sheet.getRange(blockAddress(placed.header));
  headerRange.numberFormat = header.numberFormat;
  headerRange.values = header.values;
  // A Range, not an address: the reference says a bare address resolves against the active
  // sheet (learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)).
  if (!exists) sheet.tables.add(sheet.getRange(blockAddress(placed.cells)), true).name = table.name;

  const { values, formats } = bodyOf(table);
  const runs = rowRuns(values.length, (i) => payloadBytes(values[i]) + payloadBytes(formats[i]), writer.budget - COMMAND_OVERHEAD_BYTES * 4);
  for (const run of runs) {
    const valuesRun = values.slice(run.start, run.end);
    const formatsRun = formats.slice(run.start, run.end);
    await writer.room(payloadBytes(valuesRun) + payloadBytes(formatsRun) + COMMAND_OVERHEAD_BYTES * 2);
    const range = context.workbook.worksheets.getItem(sheetName).getRange(blockAddress({ ...placed.body, top: placed.body.top + run.start, bottom: placed.body.top + run.end - 1 }));
    // Formats first: a value is read in the light of its cell's format.
    range.numberFormat = formatsRun;
    range.values = valuesRun;
  }
}

/** The body as Office.js takes it: text escaped, empty cells as "", one empty row for an empty table. */
function bodyOf(table: PlanTable): { values: (string | number | boolean)[][]; formats: string[][] } {
  if (table.rows.length === 0) {
    return { values: [table.columns.map(() => "")], formats: [table.columns.map(() => "General")] };
  }
  const { values, numberFormat } = officeBlock(table.rows, table.numberFormats);
  return { values, formats: numberFormat };
}

function writeMarker(
  context: Excel.RequestContext,
  writer: RequestWriter,
  existing: ExistingWorkbook,
  plan: SheetPlan,
  targets: readonly SheetTarget[],
  layouts: ReadonlyMap<SheetKey, SheetLayout>,
): void {
  const names = context.workbook.names;
  if (targets.length > 0) {
    // The councils are exactly the plan's: a council's name not in it goes.
    const councils = new Set(plan.councils.map((gss) => councilMarkerName(gss).toLowerCase()));
    for (const name of existing.names) {
      if (isCouncilMarkerName(name.name) && !councils.has(name.name.toLowerCase())) {
        names.getItem(name.name).delete();
      }
    }
  }
  for (const entry of markerEntries(plan.councils, targets, layouts)) {
    const old = existing.names.find((n) => sameName(n.name, entry.name));
    if (old) names.getItem(old.name).delete();
    names.add(entry.name, context.workbook.worksheets.getItem(entry.sheet).getRange(blockAddress(entry.cells)), MARKER_COMMENT);
    writer.note(old ? 3 : 2);
  }
}
