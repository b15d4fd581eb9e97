// How Refresh turns a sheet the add-in wrote before into the new plan without deleting a table
// (analysts' structured references must keep working): shrink tables that got smaller, insert or
// delete whole rows above each table so it starts where the new layout wants it, grow the
// tables to their new size, then clear what the old layout left outside the tables. Pure: the
// Office renderer turns the steps into commands. Rows move only on the add-in's own sheet.
import { blockRows, type CellBlock } from "../rendering/a1";
import type { TableTarget } from "../rendering/render-targets";
import type { SheetLayout } from "../rendering/sheet-layout";

export type RefreshStep =
  | { kind: "resizeTable"; table: string; cells: CellBlock }
  | { kind: "insertRows"; top: number; count: number }
  | { kind: "deleteRows"; top: number; count: number }
  | { kind: "clear"; cells: CellBlock };

export interface RefreshPlan {
  steps: RefreshStep[];
  /** The block whose conditional formats are the add-in's to replace. */
  formatsArea: CellBlock;
}

function tableBlock(top: number, bodyRows: number, columns: number): CellBlock {
  return { top, left: 0, bottom: top + bodyRows, right: columns - 1 };
}

function sameBlock(a: CellBlock, b: CellBlock): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

export function refreshSteps(layout: SheetLayout, tables: readonly TableTarget[], previousRegion: CellBlock | undefined): RefreshPlan {
  const placed = layout.tables.map((table, i) => ({ layout: table, existing: tables[i]?.existing }));
  const steps: RefreshStep[] = [];

  // 1. Shrink first, so no table is in the way of rows that move.
  const sizeNow = new Map<string, { bodyRows: number; columns: number }>();
  for (const { layout: table, existing } of placed) {
    if (!existing) continue;
    const bodyRows = Math.min(existing.bodyRows, blockRows(table.body));
    const columns = Math.min(existing.columns, table.table.columns.length);
    if (bodyRows < existing.bodyRows || columns < existing.columns) {
      steps.push({ kind: "resizeTable", table: table.table.name, cells: tableBlock(existing.top, bodyRows, columns) });
    }
    sizeNow.set(table.table.name, { bodyRows, columns });
  }

  // 2. Move each table to its new top by inserting or deleting whole rows just above it.
  let offset = 0;
  let oldBottom = previousRegion?.bottom ?? -1;
  for (const { layout: table, existing } of placed) {
    if (!existing) continue;
    const current = existing.top + offset;
    const wanted = table.cells.top;
    const move = wanted - current;
    if (move > 0) steps.push({ kind: "insertRows", top: current, count: move });
    if (move < 0) steps.push({ kind: "deleteRows", top: wanted, count: -move });
    offset += move;
    // Rows the table held before (beyond its new size, they are now plain cells to clear).
    oldBottom = Math.max(oldBottom, existing.top + existing.bodyRows + offset);
  }
  if (previousRegion) oldBottom = Math.max(oldBottom, previousRegion.bottom + offset);

  // 3. Grow to the new size, header row where it now is.
  for (const { layout: table, existing } of placed) {
    if (!existing) continue;
    const now = sizeNow.get(table.table.name)!;
    const current = tableBlock(table.cells.top, now.bodyRows, now.columns);
    if (!sameBlock(current, table.cells)) steps.push({ kind: "resizeTable", table: table.table.name, cells: table.cells });
  }

  // 4. Clear everything outside the tables that the old layout or the new one covers.
  const width =
    Math.max(layout.region.right, previousRegion?.right ?? 0, ...placed.map((p) => (p.existing ? p.existing.columns - 1 : 0))) + 1;
  const bottom = Math.max(layout.region.bottom, oldBottom);
  const clear = (top: number, bottomRow: number, left: number) => {
    if (bottomRow >= top && left < width) steps.push({ kind: "clear", cells: { top, left, bottom: bottomRow, right: width - 1 } });
  };
  const first = layout.tables[0]?.cells.top ?? bottom + 1;
  clear(0, first - 1, 0);
  layout.tables.forEach((table, i) => {
    // A table made now goes over cells that may hold the old layout's formats.
    if (!placed[i]!.existing) steps.push({ kind: "clear", cells: table.cells });
    clear(table.cells.top, table.cells.bottom, table.table.columns.length);
    clear(table.cells.bottom + 1, (layout.tables[i + 1]?.cells.top ?? bottom + 1) - 1, 0);
  });

  return { steps, formatsArea: { top: 0, left: 0, bottom, right: width - 1 } };
}
