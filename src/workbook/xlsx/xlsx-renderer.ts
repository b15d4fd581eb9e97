// The .xlsx renderer: the same sheet plan written with exceljs, into a new workbook or into one
// written before (by this renderer or by the add-in in Excel) which it refreshes the same way:
// the add-in's sheets found through the ownership marker (even renamed), its tables rewritten
// under the same names, the analyst's sheets never touched. exceljs draws no charts, so a sheet
// with a chart says in its header block that the chart is drawn in Excel only; no chart is faked.
// A workbook holding what exceljs cannot keep (charts, pivot tables, macros …) is refused, so the
// file is left as it was.
import ExcelJS from "exceljs";
import { blockAddress, parseBlockAddress, sameName, sheetReference, type CellBlock } from "../rendering/a1";
import { workbookStateOf, type ExistingWorkbook, type WorkbookState } from "../rendering/existing-workbook";
import { HIGHLIGHT_COLOURS, highlightFormula } from "../rendering/flag-highlight";
import { isCouncilMarkerName, markerEntries } from "../rendering/ownership-marker";
import type { CellValue, PlanSheet, SheetKey, SheetPlan } from "../plan/plan";
import { TEXT_FORMAT, writtenFormat } from "../plan/cell-formats";
import { RenderConflictError, resolveTargets, type SheetTarget } from "../rendering/render-targets";
import { highlightPlace, layoutSheet, type SheetLayout } from "../rendering/sheet-layout";
import { CONTRACT_TABLES } from "../plan/contract-names";
import { keepRowsInPlace } from "../rendering/rows-in-place";
import { keepAnalystEntries } from "../rendering/analyst-entries";
import { printSetup, titleRowsAddress } from "../rendering/print-setup";
import { checkXlsxRoundTrip } from "./xlsx-round-trip";
import { WORKBOOK_LIMITS } from "../../sources/tables/table-limits";
import JSZip from "jszip";
import { checkXlsxExtent } from "../../sources/tables/xlsx-extent";
import { withWholeLinesSpelledOut } from "./whole-line-validations";

export interface XlsxRenderReport {
  sheets: { key: SheetKey; name: string; created: boolean }[];
  notes: string[];
}

/** What exceljs keeps about a table but does not declare in its typings. */
interface TableModel {
  name: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
  columns: { name: string }[];
}

/** exceljs worksheet members the renderer needs that its typings leave out. */
interface WorksheetInternals {
  tables: Record<string, { table?: TableModel; model?: TableModel }>;
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
  orderNo: number;
}

/** A sheet view with the selection flag exceljs reads and writes but does not declare. */
type SheetView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };

function internals(sheet: ExcelJS.Worksheet): WorksheetInternals {
  return sheet as unknown as WorksheetInternals;
}

function tableModel(entry: { table?: TableModel; model?: TableModel }): TableModel | undefined {
  return entry.table ?? entry.model;
}

function blockOf(address: string | undefined): CellBlock | undefined {
  return address === undefined ? undefined : parseBlockAddress(address);
}

function intersects(a: CellBlock, b: CellBlock): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** A block's values as plain cells (a formula's result, rich text's text). */
function cellValues(sheet: ExcelJS.Worksheet, cells: CellBlock): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = cells.top; r <= cells.bottom; r++) {
    const row: CellValue[] = [];
    for (let c = cells.left; c <= cells.right; c++) row.push(plainValue(sheet.getRow(r + 1).getCell(c + 1).value));
    rows.push(row);
  }
  return rows;
}

function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("result" in value) return plainValue((value.result ?? null) as ExcelJS.CellValue);
  if ("text" in value) return String(value.text);
  return null;
}

/** The workbook as the renderer needs to know it (exceljs keeps no charts, so none are listed). */
export function readXlsxWorkbook(workbook: ExcelJS.Workbook): ExistingWorkbook {
  const sheets = workbook.worksheets;
  const active = sheets[workbook.views?.[0]?.activeTab ?? 0] ?? sheets[0];
  return {
    sheets: sheets.map((sheet) => ({
      name: sheet.name,
      visible: sheet.state === undefined || sheet.state === "visible",
      charts: [],
      empty: sheet.actualRowCount === 0 && Object.keys(internals(sheet).tables).length === 0,
    })),
    activeSheet: active?.name ?? "",
    tables: sheets.flatMap((sheet) =>
      Object.values(internals(sheet).tables).flatMap((entry) => {
        const model = tableModel(entry);
        const cells = blockOf(model?.tableRef ?? model?.ref);
        if (!model || !cells) return [];
        const values = CONTRACT_TABLES.some((name) => sameName(name, model.name)) ? { values: cellValues(sheet, cells) } : {};
        return [{ name: model.name, sheet: sheet.name, bodyRows: cells.bottom - cells.top, columns: model.columns.length, ...values }];
      }),
    ),
    names: workbook.definedNames.model.map((name) => ({ name: name.name, formula: `=${name.ranges.join(",")}` })),
  };
}

/** A sheet with a chart says, in its header block's note, that the chart is drawn in Excel only. */
export function withChartNote(sheet: PlanSheet): PlanSheet {
  if (sheet.charts.length === 0) return sheet;
  const titles = sheet.charts.map((chart) => `"${chart.title}"`).join(" and ");
  const note = `The chart ${titles} is drawn only in Excel, when the add-in fetches or refreshes this workbook; this file holds its figures but no chart.`;
  const at = sheet.header.findIndex((row) => row[0] === "Note");
  const header = sheet.header.map((row) => [...row]);
  if (at >= 0) {
    const row = header[at]!;
    const existing = typeof row[1] === "string" && row[1] !== "" ? `${row[1]} ` : "";
    row[1] = `${existing}${note}`;
  } else {
    header.push(["Note", note]);
  }
  return { ...sheet, header };
}

function cellValue(value: CellValue): ExcelJS.CellValue {
  // exceljs writes a string as a string cell, never as a formula; the one text rule
  // (plan/cell-formats.ts writtenFormat) adds the Text format, never an apostrophe.
  return value;
}

/** Writes a cell by the one text rule: its value as it is, text under the Text format. */
function writeCell(cell: ExcelJS.Cell, value: CellValue, planned?: string): void {
  cell.value = cellValue(value);
  const format = writtenFormat(value, planned);
  if (format !== "General") cell.numFmt = format;
}

function argb(colour: string): string {
  return `FF${colour.replace("#", "").toUpperCase()}`;
}

function clearCells(sheet: ExcelJS.Worksheet, cells: CellBlock): void {
  for (let r = cells.top; r <= cells.bottom; r++) {
    const row = sheet.getRow(r + 1);
    for (let c = cells.left; c <= cells.right; c++) {
      const cell = row.getCell(c + 1);
      cell.value = null;
      cell.style = {};
    }
  }
}

/** Empties what the add-in wrote last time on one of its sheets: its tables, cells and highlights. */
function clearOwnedSheet(sheet: ExcelJS.Worksheet, target: SheetTarget, layout: SheetLayout): void {
  const areas: CellBlock[] = [layout.region];
  if (target.previousRegion) areas.push(target.previousRegion);
  for (const table of target.tables) {
    if (!table.existing) continue;
    const { top, bodyRows, columns } = table.existing;
    areas.push({ top, left: 0, bottom: top + bodyRows, right: columns - 1 });
    const stored = Object.keys(internals(sheet).tables).find((name) => sameName(name, table.name));
    if (stored !== undefined) sheet.removeTable(stored);
  }
  const area: CellBlock = {
    top: 0,
    left: 0,
    bottom: Math.max(...areas.map((a) => a.bottom)),
    right: Math.max(...areas.map((a) => a.right)),
  };
  clearCells(sheet, area);
  const sheetInternals = internals(sheet);
  sheetInternals.conditionalFormattings = sheetInternals.conditionalFormattings.filter((format) => {
    const cells = blockOf(format.ref.split(" ")[0]);
    return cells === undefined || !intersects(cells, area);
  });
}

/** Landscape, one page wide, titles repeated, long text wrapped (rendering/print-setup.ts). */
function writePrintSetup(sheet: ExcelJS.Worksheet, plan: PlanSheet, layout: SheetLayout): void {
  const setup = printSetup(plan, layout);
  sheet.pageSetup.orientation = setup.print.orientation;
  sheet.pageSetup.fitToPage = true;
  sheet.pageSetup.fitToWidth = setup.print.pagesWide;
  sheet.pageSetup.fitToHeight = 0;
  // exceljs writes printTitlesRow as the sheet's _xlnm.Print_Titles name ("1:7").
  if (setup.titleRows) sheet.pageSetup.printTitlesRow = titleRowsAddress(setup.titleRows).replace(/\$/g, "");
  else delete sheet.pageSetup.printTitlesRow;
  for (const cells of setup.wrapped) {
    for (let r = cells.top; r <= cells.bottom; r++) {
      const cell = sheet.getRow(r + 1).getCell(cells.left + 1);
      cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" };
    }
  }
}

function writeSheet(sheet: ExcelJS.Worksheet, layout: SheetLayout): void {
  layout.headerRows.forEach((values, r) => {
    const row = sheet.getRow(r + 1);
    values.forEach((value, c) => {
      writeCell(row.getCell(c + 1), value);
      if (r === 0) row.getCell(c + 1).font = { bold: true };
    });
  });

  let priority = 1;
  for (const placed of layout.tables) {
    const { table } = placed;
    const rows = table.rows.length === 0 ? [table.columns.map(() => null)] : table.rows.map((row) => row.map(cellValue));
    sheet.addTable({
      name: table.name,
      ref: blockAddress({ ...placed.header, right: placed.header.left }),
      headerRow: true,
      totalsRow: false,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: table.columns.map((column) => ({ name: column.name, filterButton: true })),
      rows,
    });
    table.columns.forEach((_, c) => (sheet.getRow(placed.header.top + 1).getCell(c + 1).numFmt = TEXT_FORMAT));
    table.numberFormats.forEach((formats, r) =>
      formats.forEach((planned, c) => {
        const format = writtenFormat(table.rows[r]?.[c] ?? null, planned);
        if (format !== "General") sheet.getRow(placed.body.top + r + 1).getCell(c + 1).numFmt = format;
      }),
    );
    table.columns.forEach((column, c) => {
      if (column.width !== undefined) sheet.getColumn(c + 1).width = Math.max(sheet.getColumn(c + 1).width ?? 0, column.width);
    });
    for (const highlight of table.highlights) {
      const place = highlightPlace(placed, highlight);
      const colours = HIGHLIGHT_COLOURS[highlight.severity];
      sheet.addConditionalFormatting({
        ref: blockAddress(place.cells),
        rules: [
          {
            type: "expression",
            priority: priority++,
            formulae: [highlightFormula(highlight.flagId, place.flagsColumn, place.cells.top)],
            style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(colours.fill) } }, font: { color: { argb: argb(colours.font) } } },
          },
        ],
      });
    }
  }
}

function writeMarker(workbook: ExcelJS.Workbook, plan: SheetPlan, targets: readonly SheetTarget[], layouts: ReadonlyMap<SheetKey, SheetLayout>): void {
  const marks = markerEntries(plan.councils, targets, layouts);
  // The councils are exactly the plan's; the add-in's other sheet and table marks stay.
  const rewritten = (name: string) => marks.some((mark) => sameName(mark.name, name)) || isCouncilMarkerName(name);
  workbook.definedNames.model = workbook.definedNames.model.filter((name) => !rewritten(name.name));
  for (const mark of marks) workbook.definedNames.add(sheetReference(mark.sheet, mark.cells), mark.name);
}

/** Sheet order: the add-in's new sheets right after the sheet that was active. */
function placeNewSheets(workbook: ExcelJS.Workbook, before: readonly string[], activeSheet: string, created: readonly string[]): string[] {
  const at = Math.max(0, before.findIndex((name) => sameName(name, activeSheet))) + 1;
  const order = [...before.slice(0, at), ...created, ...before.slice(at)];
  order.forEach((name, i) => {
    internals(workbook.getWorksheet(name)!).orderNo = i;
  });
  return order;
}

/**
 * Writes the plan built for the workbook's state into an exceljs workbook in memory. Throws
 * RenderConflictError (nothing changed) when the workbook cannot take the plan.
 */
export function renderPlanToWorkbook(workbook: ExcelJS.Workbook, planFor: SheetPlan | ((state: WorkbookState) => SheetPlan)): XlsxRenderReport {
  const existing = readXlsxWorkbook(workbook);
  const plan = typeof planFor === "function" ? planFor(workbookStateOf(existing)) : planFor;
  const noted: SheetPlan = { ...plan, sheets: plan.sheets.map(withChartNote) };
  const targets = keepAnalystEntries(keepRowsInPlace(resolveTargets(existing, noted), existing), existing);
  const layouts = new Map(targets.sheets.map((target) => [target.key, layoutSheet(target.plan)]));

  const created: string[] = [];
  for (const target of targets.sheets) {
    const layout = layouts.get(target.key)!;
    let sheet = workbook.getWorksheet(target.name);
    if (target.exists && sheet) {
      clearOwnedSheet(sheet, target, layout);
    } else {
      sheet = workbook.addWorksheet(target.name);
      created.push(target.name);
    }
    writeSheet(sheet, layout);
    writePrintSetup(sheet, target.plan, layout);
  }
  const order = placeNewSheets(
    workbook,
    existing.sheets.map((s) => s.name),
    existing.activeSheet,
    created,
  );
  writeMarker(workbook, plan, targets.sheets, layouts);

  const shown = targets.sheets.find((target) => target.key === plan.activate) ?? targets.sheets[0];
  if (shown) {
    const sheet = workbook.getWorksheet(shown.name)!;
    sheet.state = "visible";
    // Only the sheet shown is selected (Excel would otherwise group the selected tabs).
    for (const other of workbook.worksheets) {
      const current: SheetView = (other.views as SheetView[] | null)?.[0] ?? { state: "normal" };
      if (Boolean(current.tabSelected) !== (other === sheet)) {
        const view: SheetView = { ...current, tabSelected: other === sheet };
        other.views = [view];
      }
    }
    workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: order.findIndex((name) => sameName(name, shown.name)), visibility: "visible" }];
  }
  return {
    sheets: targets.sheets.map((target) => ({ key: target.key, name: target.name, created: !target.exists })),
    notes: targets.notes,
  };
}

/** Throws TableFileError("too-large") for a sheet reaching past the rows and columns read, before exceljs builds it. */
async function openWorkbook(given: Uint8Array): Promise<ExcelJS.Workbook> {
  // One unzip for both: the extent is scanned before anything is read whole.
  const zip = await JSZip.loadAsync(given);
  await checkXlsxExtent(zip, WORKBOOK_LIMITS);
  const bytes = await withWholeLinesSpelledOut(given, zip);
  const workbook = new ExcelJS.Workbook();
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  await workbook.xlsx.load(buffer);
  return workbook;
}

/** GSS codes of the councils an .xlsx file already holds (from the marker). */
export async function councilsInXlsx(bytes: Uint8Array): Promise<string[]> {
  return workbookStateOf(readXlsxWorkbook(await openWorkbook(bytes))).councils;
}

/**
 * The plan as .xlsx bytes: a new workbook, or `existing` refreshed. Refuses (RenderConflictError,
 * nothing written) a workbook holding what exceljs would drop, or whose names clash with the plan.
 */
export async function renderPlanToXlsx(
  planFor: SheetPlan | ((state: WorkbookState) => SheetPlan),
  existing?: Uint8Array,
): Promise<{ bytes: Uint8Array; report: XlsxRenderReport }> {
  let workbook: ExcelJS.Workbook;
  if (existing === undefined) {
    workbook = new ExcelJS.Workbook();
  } else {
    const roundTrip = await checkXlsxRoundTrip(existing);
    if (roundTrip.losses.length > 0) {
      throw new RenderConflictError([
        `The workbook holds ${roundTrip.losses.join(", ")}, which the .xlsx writer cannot keep: refresh it in Excel with the add-in, or write to a new file.`,
      ]);
    }
    workbook = await openWorkbook(existing);
    for (const sheet of workbook.worksheets) {
      for (const entry of Object.values(internals(sheet).tables)) {
        const model = tableModel(entry);
        if (model && roundTrip.tablesWithDefaultHeader.some((name) => sameName(name, model.name))) model.headerRow = true;
      }
    }
  }
  workbook.creator ||= "Ombudsman Scrutiny";
  const report = renderPlanToWorkbook(workbook, planFor);
  const buffer = await workbook.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer as ArrayBuffer), report };
}

/** The shape `cli fetch` takes (its WorkbookWriter): the plan is built for what the file already holds. */
export const xlsxWorkbookWriter = {
  async write(existing: Uint8Array | undefined, planFor: (state: WorkbookState) => SheetPlan): Promise<{ bytes: Uint8Array; notes: string[] }> {
    const { bytes, report } = await renderPlanToXlsx(planFor, existing);
    return { bytes, notes: report.notes };
  },
};
