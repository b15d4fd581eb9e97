// The sheet plan: a plain description of everything the add-in writes into a workbook.
// Every feature produces a plan; the Office renderer queues it and syncs once, the xlsx
// renderer writes the same plan to a file. Nothing here knows about Excel or exceljs.

/** A cell's value. `null` is an empty cell (a figure that was not published: never 0). */
export type CellValue = string | number | boolean | null;

export type SheetKey = "keyStats" | "flags" | "peers" | "caseload" | "reconciliation" | PackSheetKey;

/** The committee pack's sheets (issue 14), named `Pack …`. */
export type PackSheetKey = "packSummary" | "packYears" | "packComplaints" | "packCases" | "packPeers" | "packSelfAssessment" | "packImprovements";

export interface PlanColumn {
  /** Header text: the stable column name analysts use in structured references. */
  name: string;
  /** Suggested column width in characters. */
  width?: number;
}

/** Colour a column's cells where the row's `Flags` cell holds a flag id (scrutinise red, watch amber). */
export interface FlagHighlight {
  /** The column coloured, e.g. "Compliance %". */
  column: string;
  /** The column whose text is searched for the flag id, normally "Flags". */
  flagsColumn: string;
  flagId: string;
  severity: "scrutinise" | "watch";
}

export interface PlanTable {
  /** Excel table name from the workbook contract, e.g. "OmbudsmanKeyStats". */
  name: string;
  columns: PlanColumn[];
  /** Body rows, each as long as `columns`. Percentages are fractions (0.73). */
  rows: CellValue[][];
  /** Number format of every body cell, same shape as `rows` ("0%", "0.0", "0", "@", "General"). */
  numberFormats: string[][];
  highlights: FlagHighlight[];
  /**
   * How a row already in the workbook is matched to a plan row (docs/design.md §5 "Rows are keyed"):
   * without it the table is rewritten in plan order.
   */
  rowKey?: RowKey;
  /**
   * Columns the analyst fills in (the pack's self-assessment and improvements): what they typed
   * is kept when the table is rewritten, matched by `rowKey`; a table without one keeps every
   * row they typed (rendering/analyst-entries.ts).
   */
  analystColumns?: string[];
}

/**
 * The columns that identify a row, and what happens to a row in the workbook whose key the
 * plan no longer has: "blank" keeps it on its sheet row with only its key cells (so a formula
 * like =Ombudsman!E8 never reads another council's figure), "remove" drops it (flag rows, which
 * analysts do not point formulas at; the rows after it move up).
 */
export interface RowKey {
  columns: string[];
  gone: "blank" | "remove";
}

/** A line chart whose series are columns of a table, over a run of its body rows. */
export interface PlanChart {
  title: string;
  table: string;
  categoryColumn: string;
  seriesColumns: string[];
  /** Body rows the chart covers, 0-based and inclusive (one council's years). */
  firstRow: number;
  lastRow: number;
}

/**
 * How a sheet prints (docs/design.md §5: every add-in sheet prints one page wide, landscape, titles
 * repeated): the renderers turn it into Office's pageLayout and exceljs's pageSetup.
 */
export interface PlanPrint {
  orientation: "landscape" | "portrait";
  /** Pages wide; the height is as many pages as it takes. */
  pagesWide: number;
  /** Repeat the header block and the first table's header row at the top of every page. */
  repeatTitles: boolean;
  /** Wrap text in table columns at least this many characters wide (notes, sources). */
  wrapColumnsFrom: number;
}

/** Every add-in sheet prints so unless its plan says otherwise. */
export const ADD_IN_PRINT: PlanPrint = { orientation: "landscape", pagesWide: 1, repeatTitles: true, wrapColumnsFrom: 40 };

export interface PlanSheet {
  key: SheetKey;
  /** The contract's name ("Ombudsman"); a renderer may have to use "Ombudsman (2)". */
  name: string;
  /** Lines above the tables: council(s), type, sources, as-of, notes. */
  header: CellValue[][];
  /** Tables in order down the sheet, one blank row between them. */
  tables: PlanTable[];
  charts: PlanChart[];
  /** How it prints; ADD_IN_PRINT when absent. */
  print?: PlanPrint;
}

export interface SheetPlan {
  sheets: PlanSheet[];
  /** The sheet to show the analyst when the plan is written. */
  activate: SheetKey;
  /** GSS codes of the councils this plan covers (every council fetched into the workbook). */
  councils: string[];
  /** ISO date the figures are as of. */
  asOf: string;
}
