// Reading the council's complaints register in the open workbook through Office.js: a table, or
// a range with a header row on any sheet, as plain cells (the same grid a file gives). Only
// loads: the register is never written to. Reading a linked register takes one sync, so reading
// it and then Fetch (the renderer's read and write) stay within three. With the renderer and
// excel-workbook.ts, one of the few modules that touch Office types.
import { type Cell } from "../../sources/tables/cells";
import { blockAddress, blockColumns, sameName, type CellBlock } from "../rendering/a1";
import { readMarker } from "../rendering/ownership-marker";
import { placeBlock, rangePlace, type RegisterPlace } from "./register-link";
import { readRegisterColumns } from "./office-register-columns";
import { officeErrorCode } from "../office/office-error";

/** The register's cells as read: aligned so that row 1 is the place's first row and column 0 its first column. */
export interface RegisterCells {
  place: RegisterPlace;
  /** The sheet the register is on. */
  sheet: string;
  /** The block the cells cover on that sheet, e.g. "A4:L120". */
  address: string;
  cells: Cell[][];
}

export type RegisterPlaceProblem = "not-found" | "empty" | "add-in-sheet" | "unreadable";

/** The register could not be read where it was said to be; nothing was written. */
export class RegisterPlaceError extends Error {
  override readonly name = "RegisterPlaceError";
  /** Excel refused the read as too large for one response (it is read again in smaller blocks). */
  tooLarge = false;
  constructor(
    readonly problem: RegisterPlaceProblem,
    message: string,
  ) {
    super(message);
  }
}

/** Excel's last row (1-based), so a range place reads down to whatever the sheet holds. */
const LAST_ROW = 1_048_576;

type Values = (string | number | boolean)[][];

/** Values placed in a grid whose top-left is `origin`: rows or columns the read skipped are empty. */
function aligned(values: Values, at: { row: number; column: number }, origin: { row: number; column: number }, width: number): Cell[][] {
  const top = at.row - origin.row;
  const left = at.column - origin.column;
  const grid: Cell[][] = Array.from({ length: top }, () => Array<Cell>(width).fill(null));
  for (const row of values) {
    const cells = Array<Cell>(width).fill(null);
    row.forEach((value, i) => {
      if (left + i >= 0 && left + i < width) cells[left + i] = value === "" ? null : value;
    });
    grid.push(cells);
  }
  return grid;
}

/** The register's table or sheet is gone: said by name. */
export function notFound(place: RegisterPlace): RegisterPlaceError {
  return place.kind === "table"
    ? new RegisterPlaceError("not-found", `The workbook has no table called "${place.table}" any more (it may have been renamed or removed).`)
    : new RegisterPlaceError("not-found", `The workbook has no sheet called "${place.sheet}" any more (it may have been renamed or removed).`);
}

/**
 * Queues the loads that read the register at `place`; after the next sync the returned function
 * gives its cells (or throws RegisterPlaceError). Lets a caller read it in a sync it makes anyway.
 */
export function queueRegisterRead(context: Excel.RequestContext, place: RegisterPlace): () => RegisterCells {
  if (place.kind === "table") {
    const table = context.workbook.tables.getItemOrNullObject(place.table).load("name");
    const sheet = table.worksheet.load("name");
    const range = table.getRange().load("values,rowIndex,columnIndex,columnCount,address");
    return () => {
      if (table.isNullObject) throw notFound(place);
      const origin = { row: range.rowIndex, column: range.columnIndex };
      return {
        place: { kind: "table", table: table.name },
        sheet: sheet.name,
        address: String(range.address).replace(/^.*!/, ""),
        cells: aligned(range.values as Values, origin, origin, range.columnCount),
      };
    };
  }

  const cells = placeBlock(place);
  if (!cells) throw new RegisterPlaceError("unreadable", `"${place.address}" is not a range address.`);
  const sheet = context.workbook.worksheets.getItemOrNullObject(place.sheet).load("name");
  // The place's columns from its first row to the bottom of the sheet, cut to what the sheet holds.
  const columns: CellBlock = { ...cells, bottom: LAST_ROW - 1 };
  const range = sheet.getRange(blockAddress(columns)).getIntersectionOrNullObject(sheet.getUsedRange(true)).load("values,rowIndex,columnIndex,rowCount");
  return () => {
    if (sheet.isNullObject) throw notFound(place);
    const width = blockColumns(cells);
    const origin = { row: cells.top, column: cells.left };
    if (range.isNullObject) {
      throw new RegisterPlaceError("empty", `Columns ${blockAddress({ ...cells, bottom: cells.top })} down of the sheet "${sheet.name}" are empty.`);
    }
    const grid = aligned(range.values as Values, { row: range.rowIndex, column: range.columnIndex }, origin, width);
    return {
      place: { kind: "range", sheet: sheet.name, address: place.address },
      sheet: sheet.name,
      address: blockAddress({ ...cells, bottom: cells.top + Math.max(grid.length, 1) - 1 }),
      cells: grid,
    };
  };
}

/** Reads the register at `place` in one sync. Throws RegisterPlaceError when it is not there or empty. */
export async function readRegisterCells(context: Excel.RequestContext, place: RegisterPlace): Promise<RegisterCells> {
  const read = queueRegisterRead(context, place);
  try {
    await context.sync();
  } catch (error) {
    // Where Office refuses the chain on a missing table or sheet rather than giving a null object.
    if (officeErrorCode(error) === "ItemNotFound") throw notFound(place);
    throw new RegisterPlaceError("unreadable", `Excel could not read the register: ${error instanceof Error ? error.message : String(error)}`);
  }
  return read();
}

/** A table the analyst may pick as the register: any table but the add-in's own. */
export interface RegisterTableChoice {
  name: string;
  sheet: string;
  /** "A4:L120" on `sheet`. */
  address: string;
}

/** The sheets the add-in owns, from its marker, so the register is never looked for there. */
function ownedSheets(names: readonly { name: string; formula: unknown }[]): string[] {
  const marker = readMarker(names.map((n) => ({ name: n.name, formula: String(n.formula) })));
  return Object.values(marker.sheets).flatMap((place) => (place === undefined || place === "lost" ? [] : [place.sheet]));
}

/** The workbook's tables that could hold the register (one sync). */
export async function listRegisterTables(context: Excel.RequestContext): Promise<RegisterTableChoice[]> {
  const tables = context.workbook.tables.load("items/name,items/worksheet/name");
  const names = context.workbook.names.load("items/name,items/formula");
  const ranges = new Map<string, Excel.Range>();
  await context.sync();
  const owned = ownedSheets(names.items);
  const candidates = tables.items.filter((table) => !owned.some((sheet) => sameName(sheet, table.worksheet.name)));
  for (const table of candidates) ranges.set(table.name, table.getRange().load("address"));
  if (candidates.length > 0) await context.sync();
  return candidates.map((table) => ({ name: table.name, sheet: table.worksheet.name, address: String(ranges.get(table.name)!.address).replace(/^.*!/, "") }));
}

/**
 * The register the analyst has selected: a block with its header row at the top (its columns,
 * read down to the sheet's last used row), or, for a single cell, the whole used part of its
 * sheet. Refuses the add-in's own sheets. Two syncs: where the selection is, then its cells.
 */
export async function readSelectedRegister(context: Excel.RequestContext): Promise<RegisterCells> {
  const selection = context.workbook.getSelectedRange().load("rowIndex,columnIndex,rowCount,columnCount");
  const sheet = selection.worksheet.load("name");
  const used = selection.worksheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
  const names = context.workbook.names.load("items/name,items/formula");
  await context.sync();
  if (ownedSheets(names.items).some((owned) => sameName(owned, sheet.name))) {
    throw new RegisterPlaceError("add-in-sheet", `The sheet "${sheet.name}" is one the add-in writes, not your register.`);
  }
  if (used.isNullObject) throw new RegisterPlaceError("empty", `The sheet "${sheet.name}" is empty.`);
  const usedRight = used.columnIndex + used.columnCount - 1;
  const single = selection.rowCount === 1 && selection.columnCount === 1;
  // Whole columns or rows selected: only the part of them that holds anything.
  const left = single ? used.columnIndex : Math.max(selection.columnIndex, used.columnIndex);
  const right = single ? usedRight : Math.min(selection.columnIndex + selection.columnCount - 1, usedRight);
  const top = single ? used.rowIndex : Math.max(selection.rowIndex, used.rowIndex);
  if (right < left || top > used.rowIndex + used.rowCount - 1) {
    throw new RegisterPlaceError("empty", `The cells selected on the sheet "${sheet.name}" are empty, and so is everything below them.`);
  }
  // Its rows in blocks, so a register of any length fits Excel's response limit.
  return readRegisterColumns(context, rangePlace(sheet.name, { top, left, bottom: top, right }), "all");
}
