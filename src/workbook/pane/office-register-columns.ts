// Reading a linked register of any length: only the columns its mapping uses, in blocks of rows
// small enough for Excel on the web's 5 MB response limit. The first request finds the register
// and reads its first block (a register of a few thousand rows needs no more); later requests
// read further blocks, sized from the bytes a row took so far. A block Excel answers with null
// or refuses as too large is read again in halves.
import type { Cell } from "../../sources/tables/cells";
import type { RegisterMapping } from "../../sources/records/complaints-register";
import { blockAddress, blockColumns, rowsAddress } from "../rendering/a1";
import { notFound, RegisterPlaceError, type RegisterCells } from "./office-register";
import { officeErrorCode } from "../office/office-error";
import { placeBlock, type RegisterPlace } from "./register-link";

/** The columns a mapping reads (0-based within the register's place). */
export function mappedColumns(mapping: RegisterMapping): number[] {
  return Object.values(mapping.columns).flatMap((column) => (column === undefined ? [] : [column.index]));
}

/** Rows per column in the first request. */
const FIRST_BLOCK_ROWS = 2_000;
/** What one request's values should stay under: well inside Excel on the web's 5 MB. */
const RESPONSE_BUDGET_BYTES = 2 * 1024 * 1024;
const MAX_BLOCK_ROWS = 100_000;
const LAST_ROW = 1_048_576;

type Value = string | number | boolean;

/** Where the register is on its sheet, absolute and 0-based: its first row and column, and its last row. */
interface Extent {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  width: number;
}

/** What one sync asked for: rows [top, bottom] of some columns, each range starting at column `left` of the place. */
interface BlockRead {
  top: number;
  bottom: number;
  ranges: { left: number; range: Excel.Range }[];
}

/** Which columns to read: those a mapping uses, or all of the place's (to pick a register and find its header). */
export type RegisterColumns = readonly number[] | "all";

/**
 * The register at `place`, with only `columns` (0-based within the place, as the mapping counts
 * them) read; every other cell is empty. Throws RegisterPlaceError when it is gone, empty or
 * cannot be read even a row at a time.
 */
export async function readRegisterColumns(context: Excel.RequestContext, place: RegisterPlace, columns: RegisterColumns): Promise<RegisterCells> {
  const wanted: RegisterColumns = columns === "all" ? "all" : [...new Set(columns)].sort((a, b) => a - b);
  // A first block too large for one response (very long cells) is read again in blocks.
  const first = await locate(context, place, wanted, true).catch((error: unknown) => {
    if (error instanceof RegisterPlaceError && error.tooLarge) return locate(context, place, wanted, false);
    throw error;
  });
  const { extent } = first;
  const grid: Cell[][] = Array.from({ length: extent.bottom - extent.top + 1 }, () => Array<Cell>(extent.width).fill(null));
  let bytesPerRow = 0;
  const store = (read: BlockRead): boolean => {
    let bytes = 0;
    for (const { left, range } of read.ranges) {
      const values = range.isNullObject ? [] : (range.values as Value[][] | null);
      if (values === null) return false;
      bytes += JSON.stringify(values).length;
      values.forEach((row, i) => {
        const at = read.top + i - extent.top;
        if (at < 0 || at >= grid.length) return;
        row.forEach((value, j) => {
          if (left + j < extent.width && value !== "") grid[at]![left + j] = value;
        });
      });
    }
    bytesPerRow = Math.max(bytesPerRow, bytes / Math.max(1, read.bottom - read.top + 1));
    return true;
  };

  let next = extent.top;
  if (first.block && store(first.block)) next = Math.max(extent.top, first.block.bottom + 1);
  let rows = FIRST_BLOCK_ROWS;
  while (next <= extent.bottom) {
    if (bytesPerRow > 0) rows = Math.max(1, Math.min(MAX_BLOCK_ROWS, Math.floor(RESPONSE_BUDGET_BYTES / bytesPerRow)));
    const read = queueBlock(context, extent, wanted, next, Math.min(extent.bottom, next + rows - 1));
    let stored = false;
    try {
      // One block per request is the point: each response must stay under Excel's 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      stored = store(read);
    } catch (error) {
      if (officeErrorCode(error) !== "ResponsePayloadSizeLimitExceeded") throw unreadable(error);
    }
    if (stored) {
      next = read.bottom + 1;
      continue;
    }
    // Too large for one response: half as many rows, down to one.
    const tried = read.bottom - read.top + 1;
    if (tried === 1) throw new RegisterPlaceError("unreadable", `Row ${next + 1} of the register on the sheet "${extent.sheet}" is too large for Excel to send in one piece.`);
    bytesPerRow = Math.max(bytesPerRow * 2, (RESPONSE_BUDGET_BYTES * 2) / tried);
  }
  return {
    place: place.kind === "table" ? place : { kind: "range", sheet: extent.sheet, address: place.address },
    sheet: extent.sheet,
    address: blockAddress({ top: extent.top, left: extent.left, bottom: Math.max(extent.top, extent.bottom), right: extent.left + extent.width - 1 }),
    cells: grid,
  };
}

function unreadable(error: unknown): RegisterPlaceError {
  if (error instanceof RegisterPlaceError) return error;
  return new RegisterPlaceError("unreadable", `Excel could not read the register: ${error instanceof Error ? error.message : String(error)}`);
}

/** Blocks of columns, each one range: every mapped column alone, or the whole width at once. */
function spans(columns: RegisterColumns, width: number): { left: number; right: number }[] {
  return columns === "all" ? [{ left: 0, right: width - 1 }] : columns.map((column) => ({ left: column, right: column }));
}

function queueBlock(context: Excel.RequestContext, extent: Extent, columns: RegisterColumns, top: number, bottom: number): BlockRead {
  const sheet = context.workbook.worksheets.getItem(extent.sheet);
  const ranges = spans(columns, extent.width).map((span) => ({
    left: span.left,
    range: sheet.getRange(blockAddress({ top, bottom, left: extent.left + span.left, right: extent.left + span.right })).load("values"),
  }));
  return { top, bottom, ranges };
}

/** The first request: where the register is, and its first block of rows of each column. */
async function locate(context: Excel.RequestContext, place: RegisterPlace, wanted: RegisterColumns, withBlock: boolean): Promise<{ extent: Extent; block?: BlockRead }> {
  const firstRows = rowsAddress(0, FIRST_BLOCK_ROWS);
  if (place.kind === "table") {
    const table = context.workbook.tables.getItemOrNullObject(place.table).load("name");
    const sheet = table.worksheet.load("name");
    const range = table.getRange().load("rowIndex,columnIndex,rowCount,columnCount");
    // The whole width needs no column count: the table's part of the first rows, as one range.
    const blocks = !withBlock
      ? []
      : wanted === "all"
        ? [{ left: 0, range: range.getIntersectionOrNullObject(firstRows).load("values") }]
        : wanted.map((column) => ({ left: column, range: range.getColumn(column).getIntersectionOrNullObject(firstRows).load("values") }));
    await syncOrExplain(context, place);
    if (table.isNullObject) throw notFound(place);
    const extent = { sheet: sheet.name, top: range.rowIndex, left: range.columnIndex, bottom: range.rowIndex + range.rowCount - 1, width: range.columnCount };
    // The block is the table's part of the sheet's first rows: none when the table starts below them.
    return { extent, block: withBlock && extent.top < FIRST_BLOCK_ROWS ? firstBlock(blocks, extent, Math.min(extent.bottom, FIRST_BLOCK_ROWS - 1)) : undefined };
  }
  const cells = placeBlock(place);
  if (!cells) throw new RegisterPlaceError("unreadable", `"${place.address}" is not a range address.`);
  const sheet = context.workbook.worksheets.getItemOrNullObject(place.sheet).load("name");
  const used = sheet.getRange(blockAddress({ ...cells, bottom: LAST_ROW - 1 })).getIntersectionOrNullObject(sheet.getUsedRange(true)).load("rowIndex,rowCount");
  const firstBottom = cells.top + FIRST_BLOCK_ROWS - 1;
  const blocks = !withBlock
    ? []
    : spans(wanted, blockColumns(cells)).map((span) => ({
        left: span.left,
        range: sheet.getRange(blockAddress({ top: cells.top, bottom: firstBottom, left: cells.left + span.left, right: cells.left + span.right })).load("values"),
      }));
  await syncOrExplain(context, place);
  if (sheet.isNullObject) throw notFound(place);
  if (used.isNullObject) throw new RegisterPlaceError("empty", `Columns ${blockAddress({ ...cells, bottom: cells.top })} down of the sheet "${sheet.name}" are empty.`);
  const extent = { sheet: sheet.name, top: cells.top, left: cells.left, bottom: Math.max(cells.top, used.rowIndex + used.rowCount - 1), width: blockColumns(cells) };
  return { extent, block: withBlock ? firstBlock(blocks, extent, Math.min(extent.bottom, firstBottom)) : undefined };
}

/** The first block as read, or none when a column of it came back null (read again in blocks). */
function firstBlock(ranges: BlockRead["ranges"], extent: Extent, bottom: number): BlockRead | undefined {
  if (ranges.some(({ range }) => !range.isNullObject && range.values === null)) return undefined;
  return { top: extent.top, bottom, ranges };
}

async function syncOrExplain(context: Excel.RequestContext, place: RegisterPlace): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) === "ItemNotFound") throw notFound(place);
    const problem = unreadable(error);
    if (officeErrorCode(error) === "ResponsePayloadSizeLimitExceeded") problem.tooLarge = true;
    throw problem;
  }
}
