// What a write Excel stopped part-way can leave on the add-in's own sheets besides half-filled
// cells: a table added but not yet named (Excel's "Table3"). Its sheet and the table's place are
// already marked (the marker is claimed first), so the one default-named table on a sheet where
// a marked plan table is missing is that table: it is renamed rather than reported as foreign.
import { sameName } from "./a1";
import type { ExistingWorkbook } from "./existing-workbook";
import { markedTable, readMarker } from "./ownership-marker";
import type { SheetPlan } from "../plan/plan";

export interface TableRename {
  from: string;
  to: string;
}

const EXCEL_DEFAULT_TABLE_NAME = /^Table\d+$/;

/** The workbook as it will be once the unfinished tables are renamed, and the renames to queue first. */
export function adoptUnfinishedTables(existing: ExistingWorkbook, plan: SheetPlan): { workbook: ExistingWorkbook; renames: TableRename[] } {
  const marker = readMarker(existing.names);
  const planned = plan.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name));
  const renames: TableRename[] = [];
  for (const name of planned) {
    if (existing.tables.some((table) => sameName(table.name, name))) continue;
    const marked = markedTable(marker, name);
    if (marked === undefined || marked === "lost") continue;
    const unnamed = existing.tables.filter(
      (table) => sameName(table.sheet, marked.sheet) && EXCEL_DEFAULT_TABLE_NAME.test(table.name) && !renames.some((rename) => rename.from === table.name),
    );
    if (unnamed.length === 1) renames.push({ from: unnamed[0]!.name, to: name });
  }
  if (renames.length === 0) return { workbook: existing, renames };
  const renamed = (table: string) => renames.find((rename) => rename.from === table)?.to ?? table;
  return { workbook: { ...existing, tables: existing.tables.map((table) => ({ ...table, name: renamed(table.name) })) }, renames };
}
