// What the analyst typed into the add-in's tables that are theirs to fill (the committee pack's
// self-assessment and improvements): kept when the plan rewrites the table. A table with a row
// key keeps the analyst's columns of each row whose key the plan still has; a table without one
// (rows the analyst adds) keeps every row typed, before any the plan brings. Pure; both renderers
// call it after the rows are put in place.
import { sameName } from "./a1";
import type { ExistingWorkbook } from "./existing-workbook";
import type { RenderTargets, SheetTarget } from "./render-targets";
import type { CellValue, PlanTable } from "../plan/plan";

const isEmpty = (value: CellValue | undefined): boolean => value === null || value === undefined || (typeof value === "string" && value.trim() === "");
const keyText = (value: CellValue | undefined): string => (isEmpty(value) ? "" : String(value).trim().toLowerCase());
const formatOf = (value: CellValue): string => (typeof value === "string" ? "@" : "General");

/** The plan table with the analyst's entries from `existing` (header row, then body) put back. */
export function withAnalystEntries(table: PlanTable, existing: readonly (readonly CellValue[])[] | undefined): PlanTable {
  const columns = table.analystColumns;
  if (columns === undefined || columns.length === 0 || existing === undefined || existing.length < 2) return table;
  const header = existing[0]!.map((cell) => String(cell ?? "").trim());
  const readAt = (column: string) => header.findIndex((name) => name.toLowerCase() === column.toLowerCase());
  const body = existing.slice(1).filter((row) => !row.every(isEmpty));

  if (table.rowKey === undefined) {
    // Rows the analyst typed, under the plan's columns by header; a column they renamed is not read.
    const kept = body.map((row) => table.columns.map((column) => (readAt(column.name) < 0 ? null : (row[readAt(column.name)] ?? null))));
    const typed = kept.filter((row) => !row.every(isEmpty));
    return {
      ...table,
      rows: [...typed, ...table.rows],
      numberFormats: [...typed.map((row) => row.map(formatOf)), ...table.numberFormats],
    };
  }
  const keyAt = table.rowKey.columns.map(readAt);
  if (keyAt.some((i) => i < 0)) return table;
  const planKeyAt = table.rowKey.columns.map((column) => table.columns.findIndex((c) => c.name === column));
  const byKey = new Map(body.map((row) => [JSON.stringify(keyAt.map((i) => keyText(row[i]))), row]));
  const rows = table.rows.map((row) => [...row]);
  const numberFormats = table.numberFormats.map((formats) => [...formats]);
  rows.forEach((row, r) => {
    const typed = byKey.get(JSON.stringify(planKeyAt.map((i) => keyText(row[i]))));
    if (typed === undefined) return;
    for (const column of columns) {
      const from = readAt(column);
      const to = table.columns.findIndex((c) => c.name === column);
      const value = from < 0 ? undefined : typed[from];
      if (to < 0 || value === undefined || isEmpty(value)) continue;
      row[to] = value;
      numberFormats[r]![to] = formatOf(value);
    }
  });
  return { ...table, rows, numberFormats };
}

/** Every target table the analyst fills in, with what they typed kept. */
export function keepAnalystEntries(targets: RenderTargets, existing: ExistingWorkbook): RenderTargets {
  const keep = (target: SheetTarget): SheetTarget => {
    if (!target.exists || !target.plan.tables.some((table) => table.analystColumns !== undefined)) return target;
    const ours = (name: string) => target.tables.some((t) => t.existing !== undefined && sameName(t.name, name));
    const values = (name: string) => (ours(name) ? existing.tables.find((t) => sameName(t.name, name))?.values : undefined);
    return { ...target, plan: { ...target.plan, tables: target.plan.tables.map((table) => withAnalystEntries(table, values(table.name))) } };
  };
  return { ...targets, sheets: targets.sheets.map(keep) };
}
