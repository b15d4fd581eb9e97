// Range, its format (font, fill, column width) and its conditional formats, as proxies.
import { columnCount, formatAddress, intersection, isEntireRows, MAX_COLUMNS, MAX_ROWS, parseAddress, rowCount, type Rect } from "./address";
import { argOf, defineProps, Execution, HostCollection, HostObject, type PropSpec, type QueueOwner, type Resolver } from "./client-object";
import { HostError } from "./errors";
import type { ClearApplyTo, ConditionalFormatModel, SheetModel, WorkbookModel } from "./workbook-model";
import { WorksheetProxy } from "./sheet-proxies";

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

type Owner = QueueOwner & { readonly context: unknown };

const READ_CELL_LIMIT = 5_000_000;

function assertReadable(target: RangeTarget): void {
  if (rowCount(target.rect) * columnCount(target.rect) > READ_CELL_LIMIT) {
    throw new HostError("ResponsePayloadSizeLimitExceeded", "The range is too large to read in one request.");
  }
}

function grid<T>(target: RangeTarget, read: (row: number, col: number) => T): T[][] {
  assertReadable(target);
  const { rect } = target;
  return Array.from({ length: rowCount(rect) }, (_, r) => Array.from({ length: columnCount(rect) }, (_, c) => read(rect.top + r, rect.left + c)));
}

/** One value for the range, or null when its cells differ (as Excel reports mixed formats). */
function uniform<T>(target: RangeTarget, read: (row: number, col: number) => T): T | null {
  assertReadable(target);
  let first: T | undefined;
  let seen = false;
  for (let r = target.rect.top; r <= target.rect.bottom; r++) {
    for (let c = target.rect.left; c <= target.rect.right; c++) {
      const value = read(r, c);
      if (!seen) {
        first = value;
        seen = true;
      } else if (value !== first) return null;
    }
  }
  return first ?? null;
}

function toArray2D(value: unknown, target: RangeTarget): unknown[][] {
  // Office.js accepts a single value for a whole range.
  if (Array.isArray(value)) return value as unknown[][];
  return grid(target, () => value);
}

function resolveRangeArg(arg: unknown, exec: Execution, sheet: SheetModel): RangeTarget {
  if (arg instanceof RangeProxy) return arg._require(exec);
  if (typeof arg === "string") {
    const parsed = parseAddress(arg);
    const target = parsed.sheet === undefined ? sheet : exec.model.sheetByName(parsed.sheet);
    if (!target) throw new HostError("InvalidArgument", `The address "${arg}" names a worksheet that does not exist.`);
    return { sheet: target, rect: parsed.rect };
  }
  throw new HostError("InvalidArgument", "A range or an address is required.");
}

export { resolveRangeArg };

function offsetRect(rect: Rect, rows: number, cols: number): Rect {
  const moved = { top: rect.top + rows, bottom: rect.bottom + rows, left: rect.left + cols, right: rect.right + cols };
  if (moved.top < 0 || moved.left < 0 || moved.bottom >= MAX_ROWS || moved.right >= MAX_COLUMNS) {
    throw new HostError("InvalidArgument", "The range would fall off the worksheet.");
  }
  return moved;
}

export class RangeProxy extends HostObject<RangeTarget> {
  readonly _entity = "Range";
  static override props: Record<string, PropSpec<RangeTarget>> = {
    address: { get: (t) => formatAddress(t.sheet.name, t.rect) },
    rowCount: { get: (t) => rowCount(t.rect) },
    columnCount: { get: (t) => columnCount(t.rect) },
    rowIndex: { get: (t) => t.rect.top },
    columnIndex: { get: (t) => t.rect.left },
    values: {
      get: (t) => grid(t, (r, c) => t.sheet.cell(r, c)?.value ?? ""),
      set: (t, value, exec) => exec.model.writeCells(t.sheet, t.rect, toArray2D(value, t)),
    },
    formulas: {
      get: (t) => grid(t, (r, c) => t.sheet.cell(r, c)?.formula ?? t.sheet.cell(r, c)?.value ?? ""),
      set: (t, value, exec) => exec.model.writeCells(t.sheet, t.rect, toArray2D(value, t)),
    },
    numberFormat: {
      get: (t) => grid(t, (r, c) => t.sheet.cell(r, c)?.numberFormat ?? "General"),
      set: (t, value, exec) => exec.model.writeNumberFormats(t.sheet, t.rect, toArray2D(value, t)),
    },
    text: { get: (t) => grid(t, (r, c) => String(t.sheet.cell(r, c)?.value ?? "")) },
  };
  static override navigation = ["format", "worksheet", "conditionalFormats"];

  private _format?: RangeFormatProxy;
  private _worksheet?: WorksheetProxy;
  private _conditionalFormats?: ConditionalFormatCollectionProxy;

  get format(): RangeFormatProxy {
    return (this._format ??= new RangeFormatProxy(this._owner, `${this._path}.format`, (exec) => this._resolve(exec)));
  }

  get worksheet(): WorksheetProxy {
    return (this._worksheet ??= new WorksheetProxy(this._owner, `${this._path}.worksheet`, (exec) => this._resolve(exec)?.sheet ?? null));
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return (this._conditionalFormats ??= new ConditionalFormatCollectionProxy(this._owner, `${this._path}.conditionalFormats`, (exec) => this._resolve(exec)));
  }

  private _derived(name: string, args: unknown[], derive: (target: RangeTarget, exec: Execution) => RangeTarget | null): RangeProxy {
    return new RangeProxy(this._owner, `${this._path}.${name}(${args.map((a) => JSON.stringify(argOf(a))).join(",")})`, (exec) => {
      const target = this._resolve(exec);
      return target === null ? null : derive(target, exec);
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this._derived("getCell", [row, column], (t) => ({ sheet: t.sheet, rect: offsetRect({ top: t.rect.top, left: t.rect.left, bottom: t.rect.top, right: t.rect.left }, row, column) }));
  }

  getRow(row: number): RangeProxy {
    return this._derived("getRow", [row], (t) => ({ sheet: t.sheet, rect: { ...t.rect, top: t.rect.top + row, bottom: t.rect.top + row } }));
  }

  getColumn(column: number): RangeProxy {
    return this._derived("getColumn", [column], (t) => ({ sheet: t.sheet, rect: { ...t.rect, left: t.rect.left + column, right: t.rect.left + column } }));
  }

  getIntersectionOrNullObject(anotherRange: RangeProxy | string): RangeProxy {
    return this._derived("getIntersectionOrNullObject", [anotherRange], (t, exec) => {
      const other = resolveRangeArg(anotherRange, exec, t.sheet);
      const rect = other.sheet === t.sheet ? intersection(t.rect, other.rect) : null;
      return rect === null ? null : { sheet: t.sheet, rect };
    });
  }

  clear(applyTo?: ClearApplyTo): void {
    this._enqueue("clear", [applyTo ?? "All"], (exec) => {
      const t = this._require(exec);
      exec.model.clear(t.sheet, t.rect, applyTo ?? "All");
    });
  }

  /** Inserts cells; the host supports entire rows ("Down"), which is what moving a table needs. */
  insert(shift: "Down" | "Right"): RangeProxy {
    this._enqueue("insert", [shift], (exec) => {
      const t = this._require(exec);
      if (shift !== "Down" || !isEntireRows(t.rect)) throw new HostError("NotImplemented", "The in-memory host inserts entire rows only (shift Down).");
      exec.model.insertRows(t.sheet, t.rect.top, rowCount(t.rect));
    });
    return this._derived("inserted", [], (t) => t);
  }

  delete(shift: "Up" | "Left"): void {
    this._enqueue("delete", [shift], (exec) => {
      const t = this._require(exec);
      if (shift !== "Up" || !isEntireRows(t.rect)) throw new HostError("NotImplemented", "The in-memory host deletes entire rows only (shift Up).");
      exec.model.deleteRows(t.sheet, t.rect.top, rowCount(t.rect));
    });
  }

  select(): void {
    this._enqueue("select", [], (exec) => {
      const t = this._require(exec);
      exec.model.activateSheet(t.sheet);
      exec.model.selection = { sheetId: t.sheet.id, rect: t.rect };
      exec.model.selectionIsNotARange = false;
    });
  }
}
defineProps(RangeProxy);

export class RangeFormatProxy extends HostObject<RangeTarget> {
  readonly _entity = "RangeFormat";
  static override props: Record<string, PropSpec<RangeTarget>> = {
    columnWidth: {
      get: (t) => uniform(t, (_r, c) => t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH),
      set: (t, value) => {
        if (typeof value !== "number" || value < 0) throw new HostError("InvalidArgument", "A column width must be a positive number of points.");
        for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, value);
      },
    },
    wrapText: {
      get: (t) => uniform(t, (r, c) => t.sheet.cell(r, c)?.wrapText ?? false),
      set: (t, value, exec) => exec.model.setCellFormat(t.sheet, t.rect, "wrapText", Boolean(value)),
    },
  };
  static override navigation = ["font", "fill"];

  private _font?: RangeFontProxy;
  private _fill?: RangeFillProxy;

  get font(): RangeFontProxy {
    return (this._font ??= new RangeFontProxy(this._owner, `${this._path}.font`, (exec) => this._resolve(exec)));
  }

  get fill(): RangeFillProxy {
    return (this._fill ??= new RangeFillProxy(this._owner, `${this._path}.fill`, (exec) => this._resolve(exec)));
  }

  /** Widths from the longest text in each column: a stand-in for Excel's measurement. */
  autofitColumns(): void {
    this._enqueue("autofitColumns", [], (exec) => {
      const t = this._require(exec);
      const longest = new Map<number, number>();
      for (const [, c, cell] of t.sheet.cellsIn(t.rect)) {
        const length = cell.value === undefined ? 0 : String(cell.value).length;
        longest.set(c, Math.max(longest.get(c) ?? 0, length));
      }
      for (const [c, length] of longest) t.sheet.columnWidths.set(c, Math.max(DEFAULT_COLUMN_WIDTH, Math.round(length * 6 + 6)));
    });
  }
}
defineProps(RangeFormatProxy);

/** Excel's default column width in points (8.43 characters). */
export const DEFAULT_COLUMN_WIDTH = 48;

export class RangeFontProxy extends HostObject<RangeTarget> {
  readonly _entity = "RangeFont";
  static override props: Record<string, PropSpec<RangeTarget>> = {
    bold: {
      get: (t) => uniform(t, (r, c) => t.sheet.cell(r, c)?.bold ?? false),
      set: (t, value, exec) => exec.model.setCellFormat(t.sheet, t.rect, "bold", Boolean(value)),
    },
    italic: {
      get: (t) => uniform(t, (r, c) => t.sheet.cell(r, c)?.italic ?? false),
      set: (t, value, exec) => exec.model.setCellFormat(t.sheet, t.rect, "italic", Boolean(value)),
    },
    color: {
      get: (t) => uniform(t, (r, c) => t.sheet.cell(r, c)?.fontColor ?? "#000000"),
      set: (t, value, exec) => exec.model.setCellFormat(t.sheet, t.rect, "fontColor", normaliseColour(value)),
    },
  };
}
defineProps(RangeFontProxy);

export class RangeFillProxy extends HostObject<RangeTarget> {
  readonly _entity = "RangeFill";
  static override props: Record<string, PropSpec<RangeTarget>> = {
    color: {
      get: (t) => uniform(t, (r, c) => t.sheet.cell(r, c)?.fillColor ?? "#FFFFFF"),
      set: (t, value, exec) => exec.model.setCellFormat(t.sheet, t.rect, "fillColor", normaliseColour(value)),
    },
  };
}
defineProps(RangeFillProxy);

/** "#RRGGBB" upper case, or a colour name kept as given. */
export function normaliseColour(value: unknown): string {
  if (typeof value !== "string" || value === "") throw new HostError("InvalidArgument", "A colour must be text such as #FFC7CE.");
  return /^#?[0-9a-f]{6}$/i.test(value) ? `#${value.replace("#", "").toUpperCase()}` : value;
}

// ---- conditional formats ----

interface ConditionalTarget {
  sheet: SheetModel;
  format: ConditionalFormatModel;
}

export class ConditionalFormatCollectionProxy extends HostCollection<RangeTarget, ConditionalTarget> {
  readonly _entity = "ConditionalFormatCollection";
  static override props: Record<string, PropSpec<RangeTarget>> = {};

  _list(target: RangeTarget): ConditionalTarget[] {
    return target.sheet.conditionalFormats.filter((f) => intersection(f.rect, target.rect) !== null).map((format) => ({ sheet: target.sheet, format }));
  }

  _itemProxy(item: ConditionalTarget): ConditionalFormatProxy {
    return conditionalFormatById(this._owner, `${this._path}.getItem(${JSON.stringify(item.format.id)})`, item.format.id);
  }

  add(type: string): ConditionalFormatProxy {
    const binding: { id?: string } = {};
    this._enqueue("add", [type], (exec) => {
      if (type !== "Custom") throw new HostError("NotImplemented", `The in-memory host adds custom (formula) conditional formats only, not "${type}".`);
      const t = this._require(exec);
      binding.id = exec.model.addConditionalFormat(t.sheet, t.rect).id;
    });
    return new ConditionalFormatProxy(this._owner, `${this._path}.add(${JSON.stringify(type)})`, (exec) => (binding.id === undefined ? null : findConditional(exec.model, binding.id)));
  }

  clearAll(): void {
    this._enqueue("clearAll", [], (exec) => {
      const t = this._require(exec);
      exec.model.clearConditionalFormats(t.sheet, t.rect);
    });
  }

  getItemAt(index: number): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this._owner, `${this._path}.getItemAt(${index})`, (exec) => {
      const t = this._resolve(exec);
      const item = t === null ? undefined : this._list(t)[index];
      if (!item) throw new HostError("ItemNotFound", `There is no conditional format at index ${index}.`);
      return item;
    });
  }
}
defineProps(ConditionalFormatCollectionProxy);

function findConditional(model: WorkbookModel, id: string): ConditionalTarget | null {
  for (const sheet of model.sheets) {
    const format = sheet.conditionalFormats.find((f) => f.id === id);
    if (format) return { sheet, format };
  }
  return null;
}

function conditionalFormatById(owner: Owner, path: string, id: string): ConditionalFormatProxy {
  return new ConditionalFormatProxy(owner, path, (exec) => findConditional(exec.model, id));
}

export class ConditionalFormatProxy extends HostObject<ConditionalTarget> {
  readonly _entity = "ConditionalFormat";
  static override props: Record<string, PropSpec<ConditionalTarget>> = {
    id: { get: (t) => t.format.id },
    type: { get: (t) => t.format.type },
    priority: { get: (t) => t.sheet.conditionalFormats.indexOf(t.format) },
    stopIfTrue: {
      get: (t) => t.format.stopIfTrue,
      set: (t, value) => {
        t.format.stopIfTrue = Boolean(value);
      },
    },
  };
  static override navigation = ["custom"];

  private _custom?: CustomConditionalFormatProxy;

  get custom(): CustomConditionalFormatProxy {
    return (this._custom ??= new CustomConditionalFormatProxy(this._owner, `${this._path}.custom`, (exec) => this._resolve(exec)));
  }

  getRange(): RangeProxy {
    return new RangeProxy(this._owner, `${this._path}.getRange()`, (exec) => {
      const t = this._resolve(exec);
      return t === null ? null : { sheet: t.sheet, rect: t.format.rect };
    });
  }

  delete(): void {
    this._enqueue("delete", [], (exec) => {
      const t = this._require(exec);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((f) => f !== t.format);
    });
  }
}
defineProps(ConditionalFormatProxy);

export class CustomConditionalFormatProxy extends HostObject<ConditionalTarget> {
  readonly _entity = "CustomConditionalFormat";
  static override props: Record<string, PropSpec<ConditionalTarget>> = {};
  static override navigation = ["rule", "format"];
  private _rule?: ConditionalFormatRuleProxy;
  private _format?: ConditionalRangeFormatProxy;

  get rule(): ConditionalFormatRuleProxy {
    return (this._rule ??= new ConditionalFormatRuleProxy(this._owner, `${this._path}.rule`, (exec) => this._resolve(exec)));
  }

  get format(): ConditionalRangeFormatProxy {
    return (this._format ??= new ConditionalRangeFormatProxy(this._owner, `${this._path}.format`, (exec) => this._resolve(exec)));
  }
}
defineProps(CustomConditionalFormatProxy);

export class ConditionalFormatRuleProxy extends HostObject<ConditionalTarget> {
  readonly _entity = "ConditionalFormatRule";
  static override props: Record<string, PropSpec<ConditionalTarget>> = {
    formula: {
      get: (t) => t.format.formula,
      set: (t, value) => {
        if (typeof value !== "string" || !value.startsWith("=")) throw new HostError("InvalidArgument", "A conditional format formula must start with =.");
        t.format.formula = value;
      },
    },
  };
}
defineProps(ConditionalFormatRuleProxy);

export class ConditionalRangeFormatProxy extends HostObject<ConditionalTarget> {
  readonly _entity = "ConditionalRangeFormat";
  static override props: Record<string, PropSpec<ConditionalTarget>> = {};
  static override navigation = ["fill", "font"];
  private _fill?: ConditionalRangeFillProxy;
  private _font?: ConditionalRangeFontProxy;

  get fill(): ConditionalRangeFillProxy {
    return (this._fill ??= new ConditionalRangeFillProxy(this._owner, `${this._path}.fill`, (exec) => this._resolve(exec)));
  }

  get font(): ConditionalRangeFontProxy {
    return (this._font ??= new ConditionalRangeFontProxy(this._owner, `${this._path}.font`, (exec) => this._resolve(exec)));
  }
}
defineProps(ConditionalRangeFormatProxy);

export class ConditionalRangeFillProxy extends HostObject<ConditionalTarget> {
  readonly _entity = "ConditionalRangeFill";
  static override props: Record<string, PropSpec<ConditionalTarget>> = {
    color: {
      get: (t) => t.format.fillColor ?? null,
      set: (t, value) => {
        t.format.fillColor = normaliseColour(value);
      },
    },
  };
}
defineProps(ConditionalRangeFillProxy);

export class ConditionalRangeFontProxy extends HostObject<ConditionalTarget> {
  readonly _entity = "ConditionalRangeFont";
  static override props: Record<string, PropSpec<ConditionalTarget>> = {
    color: {
      get: (t) => t.format.fontColor ?? null,
      set: (t, value) => {
        t.format.fontColor = normaliseColour(value);
      },
    },
    bold: {
      get: (t) => t.format.bold ?? false,
      set: (t, value) => {
        t.format.bold = Boolean(value);
      },
    },
  };
}
defineProps(ConditionalRangeFontProxy);

export type { Resolver };
