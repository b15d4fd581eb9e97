// Where a plan sheet's parts go, the same for both renderers: the header block from A1, a blank
// row, then each table (header row and body) with one blank row between them; charts to the
// right of the tables. Pure; checks the plan's shape so a renderer never writes half of a
// malformed plan.
import { block, type CellBlock } from "./a1";
import type { CellValue, FlagHighlight, PlanChart, PlanSheet, PlanTable } from "../plan/plan";

export interface TableLayout {
  table: PlanTable;
  /** Header row and body. */
  cells: CellBlock;
  header: CellBlock;
  /** Body rows: at least one (Excel tables keep one empty row when they hold none). */
  body: CellBlock;
}

export interface ChartLayout {
  chart: PlanChart;
  category: CellBlock;
  series: { column: string; cells: CellBlock }[];
  /** The cells the chart is drawn over. */
  from: CellBlock;
  to: CellBlock;
}

export interface SheetLayout {
  /** Header lines padded to one width; empty when the sheet has none. */
  headerRows: CellValue[][];
  tables: TableLayout[];
  charts: ChartLayout[];
  /** Everything the renderer writes on the sheet except charts. */
  region: CellBlock;
}

const CHART_COLUMNS = 8;
const CHART_ROWS = 15;

export class PlanShapeError extends Error {
  override readonly name = "PlanShapeError";
}

function assertTableShape(table: PlanTable): void {
  const width = table.columns.length;
  if (width === 0) throw new PlanShapeError(`The table ${table.name} has no columns.`);
  if (table.rows.length !== table.numberFormats.length) throw new PlanShapeError(`The table ${table.name} has ${table.rows.length} rows but ${table.numberFormats.length} rows of number formats.`);
  table.rows.forEach((row, i) => {
    if (row.length !== width || table.numberFormats[i]!.length !== width) {
      throw new PlanShapeError(`Row ${i + 1} of the table ${table.name} does not have ${width} cells and ${width} number formats.`);
    }
  });
  const names = new Set<string>();
  for (const column of table.columns) {
    const key = column.name.toLowerCase();
    if (column.name.trim() === "" || names.has(key)) throw new PlanShapeError(`The table ${table.name} has an empty or repeated column name "${column.name}".`);
    names.add(key);
  }
  for (const highlight of table.highlights) {
    columnIndex(table, highlight.column);
    columnIndex(table, highlight.flagsColumn);
  }
}

export function columnIndex(table: PlanTable, column: string): number {
  const index = table.columns.findIndex((c) => c.name === column);
  if (index < 0) throw new PlanShapeError(`The table ${table.name} has no column "${column}".`);
  return index;
}

export function layoutSheet(sheet: PlanSheet): SheetLayout {
  // A header line may be empty (a spacer); the block is still at least one column wide.
  const headerWidth = sheet.header.length === 0 ? 0 : Math.max(1, ...sheet.header.map((row) => row.length));
  const headerRows = sheet.header.map((row) => [...row, ...Array<CellValue>(headerWidth - row.length).fill(null)]);
  let top = headerRows.length === 0 ? 0 : headerRows.length + 1;
  const tables: TableLayout[] = sheet.tables.map((table) => {
    assertTableShape(table);
    const bodyRows = Math.max(1, table.rows.length);
    const width = table.columns.length;
    const placed: TableLayout = {
      table,
      cells: block(top, 0, bodyRows + 1, width),
      header: block(top, 0, 1, width),
      body: block(top + 1, 0, bodyRows, width),
    };
    top += bodyRows + 2;
    return placed;
  });
  const tablesWidth = Math.max(0, ...tables.map((t) => t.table.columns.length));
  const width = Math.max(1, headerWidth, tablesWidth);
  const bottom = tables.length > 0 ? tables[tables.length - 1]!.cells.bottom : Math.max(0, headerRows.length - 1);
  const chartTop = tables[0]?.cells.top ?? 0;
  const charts = sheet.charts.map((chart, i) => layoutChart(chart, tables, block(chartTop + i * (CHART_ROWS + 1), tablesWidth + 1, 1, 1)));
  return { headerRows, tables, charts, region: { top: 0, left: 0, bottom, right: width - 1 } };
}

function layoutChart(chart: PlanChart, tables: TableLayout[], from: CellBlock): ChartLayout {
  const placed = tables.find((t) => t.table.name === chart.table);
  if (!placed) throw new PlanShapeError(`The chart "${chart.title}" draws from ${chart.table}, which is not on its sheet.`);
  const { table, body } = placed;
  if (chart.firstRow < 0 || chart.lastRow < chart.firstRow || chart.lastRow >= table.rows.length) {
    throw new PlanShapeError(`The chart "${chart.title}" covers rows ${chart.firstRow}–${chart.lastRow} of ${table.name}, which has ${table.rows.length}.`);
  }
  if (chart.seriesColumns.length === 0) throw new PlanShapeError(`The chart "${chart.title}" has no series.`);
  const rows = (column: string): CellBlock => {
    const col = columnIndex(table, column);
    return { top: body.top + chart.firstRow, bottom: body.top + chart.lastRow, left: col, right: col };
  };
  return {
    chart,
    category: rows(chart.categoryColumn),
    series: chart.seriesColumns.map((column) => ({ column, cells: rows(column) })),
    from,
    to: block(from.top + CHART_ROWS - 1, from.left + CHART_COLUMNS - 1, 1, 1),
  };
}

/** The body cells a highlight colours, and the first body row's Flags cell it tests ("$O8"). */
export function highlightPlace(layout: TableLayout, highlight: FlagHighlight): { cells: CellBlock; flagsColumn: number } {
  const col = columnIndex(layout.table, highlight.column);
  return { cells: { ...layout.body, left: col, right: col }, flagsColumn: columnIndex(layout.table, highlight.flagsColumn) };
}
