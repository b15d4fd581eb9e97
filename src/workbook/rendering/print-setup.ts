// How a plan sheet prints, the same for both renderers: landscape, one page wide and as many
// pages tall as it takes, the header block and the first table's header row repeated at the top
// of every page, and long text (notes, sources) wrapped in its column.
import { ADD_IN_PRINT, type PlanPrint, type PlanSheet } from "../plan/plan";
import type { CellBlock } from "./a1";
import type { SheetLayout } from "./sheet-layout";

export interface PrintSetup {
  print: PlanPrint;
  /** 0-based first and last rows repeated on each page; absent when nothing repeats. */
  titleRows?: { first: number; last: number };
  /** Body cells of the table columns whose text wraps. */
  wrapped: CellBlock[];
}

/** Excel's row reference for repeated titles: "$1:$7". */
export function titleRowsAddress(rows: { first: number; last: number }): string {
  return `$${rows.first + 1}:$${rows.last + 1}`;
}

export function printSetup(sheet: PlanSheet, layout: SheetLayout): PrintSetup {
  const print = sheet.print ?? ADD_IN_PRINT;
  const firstTable = layout.tables[0];
  const last = firstTable ? firstTable.header.top : layout.headerRows.length - 1;
  const wrapped = layout.tables.flatMap((placed) =>
    placed.table.columns.flatMap((column, c) => ((column.width ?? 0) >= print.wrapColumnsFrom ? [{ ...placed.body, left: c, right: c }] : [])),
  );
  return { print, ...(print.repeatTitles && last >= 0 ? { titleRows: { first: 0, last } } : {}), wrapped };
}
