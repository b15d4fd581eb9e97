// Rows stay where they are (docs/design.md §5): a plan table's rows are put in the order the workbook
// already holds them, matched by the table's key columns (Council and Year, …), so a row keeps
// its sheet row wherever the analyst sorted the table; rows new to the table go after its last
// row. A row whose key the plan no longer has follows the table's rule (RowKey.gone): "blank"
// keeps it on its row with only its key cells, "remove" drops it. Pure; both renderers call it
// between resolving targets and laying the sheets out.
import type { CellValue, PlanChart, PlanSheet, PlanTable } from "../plan/plan";
import type { ExistingWorkbook } from "./existing-workbook";
import type { RenderTargets, SheetTarget } from "./render-targets";
import { sameName } from "./a1";

/** A key cell as text: the renderers read "2019-20" back as text, a number as a number. */
function keyText(value: CellValue | undefined): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

function keyOf(row: readonly CellValue[], indices: readonly number[]): string {
  return JSON.stringify(indices.map((i) => keyText(row[i])));
}

/** Where each plan row went: `placed[i]` is the new body index of the plan's row i. */
export interface ArrangedTable {
  table: PlanTable;
  placed: number[];
}

/**
 * The plan table with its rows in the order of `existing` (the table as read: header row, then
 * body). Without a row key or an existing table, the plan's order.
 */
export function arrangeRows(table: PlanTable, existing: readonly (readonly CellValue[])[] | undefined): ArrangedTable {
  const identity = { table, placed: table.rows.map((_, i) => i) };
  if (!table.rowKey || !existing || existing.length < 2) return identity;
  const header = existing[0]!.map(keyText);
  const readAt = table.rowKey.columns.map((column) => header.findIndex((name) => name.toLowerCase() === column.toLowerCase()));
  // A key column the analyst renamed or removed: no way to match, so the plan's order.
  if (readAt.some((i) => i < 0)) return identity;
  const planAt = table.rowKey.columns.map((column) => table.columns.findIndex((c) => c.name === column));
  if (planAt.some((i) => i < 0)) return identity;

  const waiting = new Map<string, number[]>();
  table.rows.forEach((row, i) => {
    const key = keyOf(row, planAt);
    waiting.set(key, [...(waiting.get(key) ?? []), i]);
  });
  const rows: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const placed = Array<number>(table.rows.length).fill(-1);
  const put = (i: number) => {
    placed[i] = rows.length;
    rows.push(table.rows[i]!);
    numberFormats.push(table.numberFormats[i]!);
  };
  for (const read of existing.slice(1)) {
    const key = keyOf(read, readAt);
    // A wholly empty row (the one an empty Excel table keeps) is no one's row.
    if (read.every((cell) => keyText(cell) === "")) continue;
    const match = waiting.get(key)?.shift();
    if (match !== undefined) put(match);
    else if (table.rowKey.gone === "blank") {
      rows.push(table.columns.map((_, c) => (planAt.includes(c) ? keyText(read[readAt[planAt.indexOf(c)]!]) || null : null)));
      numberFormats.push(table.columns.map((_, c) => (planAt.includes(c) ? "@" : "General")));
    }
  }
  table.rows.forEach((_, i) => {
    if (placed[i] === -1) put(i);
  });
  return { table: { ...table, rows, numberFormats }, placed };
}

/**
 * A chart over rows that are no longer next to each other covers their longest unbroken run,
 * and the sheet's note says so (an Excel chart series is one block of cells).
 */
function rechart(chart: PlanChart, placed: readonly number[]): { chart: PlanChart; note?: string } {
  const rows = placed.slice(chart.firstRow, chart.lastRow + 1).sort((a, b) => a - b);
  let best = { from: 0, to: 0 };
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || rows[i] !== rows[i - 1]! + 1) {
      if (i - 1 - start > best.to - best.from) best = { from: start, to: i - 1 };
      start = i;
    }
  }
  const moved = { ...chart, firstRow: rows[best.from]!, lastRow: rows[best.to]! };
  const covered = best.to - best.from + 1;
  if (covered === rows.length) return { chart: moved };
  return {
    chart: moved,
    note: `The chart covers ${covered} of the ${rows.length} rows it charts, the ones next to each other in ${chart.table}: sort the table by Council, then Year, and refresh to chart them all.`,
  };
}

function withNote(sheet: PlanSheet, notes: readonly string[]): PlanSheet {
  if (notes.length === 0) return sheet;
  const header = sheet.header.map((row) => [...row]);
  const at = header.findIndex((row) => row[0] === "Note");
  if (at < 0) header.push(["Note", notes.join(" ")]);
  else header[at]![1] = [typeof header[at]![1] === "string" ? header[at]![1] : "", ...notes].filter((text) => text !== "").join(" ");
  return { ...sheet, header };
}

/** The sheet's tables in the rows the workbook already holds them (`existing`: by table name). */
export function arrangeSheet(sheet: PlanSheet, existingValues: (table: string) => readonly (readonly CellValue[])[] | undefined): PlanSheet {
  const arranged = sheet.tables.map((table) => arrangeRows(table, existingValues(table.name)));
  const notes: string[] = [];
  const charts = sheet.charts.map((chart) => {
    const placed = arranged.find((entry) => entry.table.name === chart.table)?.placed;
    if (!placed || chart.lastRow >= placed.length) return chart;
    const moved = rechart(chart, placed);
    if (moved.note) notes.push(moved.note);
    return moved.chart;
  });
  return withNote({ ...sheet, tables: arranged.map((entry) => entry.table), charts }, notes);
}

/** Every target sheet's tables arranged by the rows the add-in's own tables hold now. */
export function keepRowsInPlace(targets: RenderTargets, existing: ExistingWorkbook): RenderTargets {
  const arrangeTarget = (target: SheetTarget): SheetTarget => {
    if (!target.exists) return target;
    const ours = (name: string) => target.tables.some((t) => t.existing !== undefined && sameName(t.name, name));
    const values = (name: string) => (ours(name) ? existing.tables.find((t) => sameName(t.name, name))?.values : undefined);
    return { ...target, plan: arrangeSheet(target.plan, values) };
  };
  return { ...targets, sheets: targets.sheets.map(arrangeTarget) };
}
