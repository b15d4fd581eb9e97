// Tables, their rows and columns, as proxies.
import { columnCount, rowCount } from "./address";
import { defineProps, HostCollection, HostObject, type PropSpec, type QueueOwner } from "./client-object";
import { HostError } from "./errors";
import { RangeProxy, resolveRangeArg } from "./range-proxies";
import { WorksheetProxy } from "./sheet-proxies";
import type { SheetModel, TableModel, WorkbookModel } from "./workbook-model";

type Owner = QueueOwner & { readonly context: unknown };

/** The workbook's tables, or one worksheet's. */
export interface TableScope {
  model: WorkbookModel;
  sheet?: SheetModel;
}

function tableById(owner: Owner, path: string, id: string): TableProxy {
  return new TableProxy(owner, path, (exec) => exec.model.tables.find((t) => t.id === id) ?? null);
}

function inScope(scope: TableScope): TableModel[] {
  return scope.model.tables.filter((t) => scope.sheet === undefined || t.sheetId === scope.sheet.id);
}

export class TableCollectionProxy extends HostCollection<TableScope, TableModel> {
  readonly _entity = "TableCollection";
  static override props: Record<string, PropSpec<TableScope>> = {
    count: { get: (scope) => inScope(scope).length },
  };

  _list(scope: TableScope): TableModel[] {
    return inScope(scope);
  }

  _itemProxy(table: TableModel): TableProxy {
    return tableById(this._owner, `${this._path}.getItem(${JSON.stringify(table.id)})`, table.id);
  }

  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    const binding: { id?: string } = {};
    this._enqueue("add", [address instanceof RangeProxy ? { ref: address._path } : address, hasHeaders], (exec) => {
      const scope = this._require(exec);
      const fallback = scope.sheet ?? exec.model.requireSheet(exec.model.activeSheetId);
      // workbook.tables.add takes a sheet-qualified address; a bare one means the active sheet.
      const range = resolveRangeArg(address, exec, fallback);
      if (scope.sheet !== undefined && range.sheet !== scope.sheet) throw new HostError("InvalidArgument", "The table's range must be on this worksheet.");
      binding.id = exec.model.addTable(range.sheet, range.rect, hasHeaders).id;
    });
    return new TableProxy(this._owner, `${this._path}.add(${JSON.stringify(typeof address === "string" ? address : address._path)})`, (exec) =>
      binding.id === undefined ? null : (exec.model.tables.find((t) => t.id === binding.id) ?? null),
    );
  }

  getItem(key: string): TableProxy {
    return new TableProxy(this._owner, `${this._path}.getItem(${JSON.stringify(key)})`, (exec) => {
      const scope = this._require(exec);
      const table = inScope(scope).find((t) => t.name.toLowerCase() === key.toLowerCase() || t.id === key);
      if (!table) throw new HostError("ItemNotFound", `The table "${key}" does not exist.`);
      return table;
    });
  }

  getItemOrNullObject(key: string): TableProxy {
    return new TableProxy(this._owner, `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`, (exec) => {
      const scope = this._resolve(exec);
      if (scope === null) return null;
      return inScope(scope).find((t) => t.name.toLowerCase() === key.toLowerCase() || t.id === key) ?? null;
    });
  }

  getItemAt(index: number): TableProxy {
    return new TableProxy(this._owner, `${this._path}.getItemAt(${index})`, (exec) => {
      const table = inScope(this._require(exec))[index];
      if (!table) throw new HostError("ItemNotFound", `There is no table at index ${index}.`);
      return table;
    });
  }
}
defineProps(TableCollectionProxy);

export class TableProxy extends HostObject<TableModel> {
  readonly _entity = "Table";
  static override props: Record<string, PropSpec<TableModel>> = {
    id: { get: (t) => t.id },
    name: {
      get: (t) => t.name,
      set: (t, value, exec) => {
        if (typeof value !== "string") throw new HostError("InvalidArgument", "A table name must be text.");
        exec.model.renameTable(t, value);
      },
    },
    style: {
      get: (t) => t.style,
      set: (t, value) => {
        t.style = String(value);
      },
    },
  };
  static override navigation = ["worksheet", "rows", "columns"];

  private _worksheet?: WorksheetProxy;
  private _rows?: TableRowCollectionProxy;
  private _columns?: TableColumnCollectionProxy;

  get worksheet(): WorksheetProxy {
    return (this._worksheet ??= new WorksheetProxy(this._owner, `${this._path}.worksheet`, (exec) => {
      const table = this._resolve(exec);
      return table === null ? null : exec.model.requireSheet(table.sheetId);
    }));
  }

  get rows(): TableRowCollectionProxy {
    return (this._rows ??= new TableRowCollectionProxy(this._owner, `${this._path}.rows`, (exec) => this._resolve(exec)));
  }

  get columns(): TableColumnCollectionProxy {
    return (this._columns ??= new TableColumnCollectionProxy(this._owner, `${this._path}.columns`, (exec) => this._resolve(exec)));
  }

  private _part(name: string, part: "all" | "header" | "body"): RangeProxy {
    return new RangeProxy(this._owner, `${this._path}.${name}()`, (exec) => {
      const table = this._resolve(exec);
      return table === null ? null : { sheet: exec.model.requireSheet(table.sheetId), rect: exec.model.tableRange(table, part) };
    });
  }

  getRange(): RangeProxy {
    return this._part("getRange", "all");
  }

  getHeaderRowRange(): RangeProxy {
    return this._part("getHeaderRowRange", "header");
  }

  getDataBodyRange(): RangeProxy {
    return this._part("getDataBodyRange", "body");
  }

  resize(newRange: RangeProxy | string): void {
    this._enqueue("resize", [newRange instanceof RangeProxy ? { ref: newRange._path } : newRange], (exec) => {
      const table = this._require(exec);
      const sheet = exec.model.requireSheet(table.sheetId);
      const range = resolveRangeArg(newRange, exec, sheet);
      if (range.sheet !== sheet) throw new HostError("InvalidArgument", "A table can only be resized on its own worksheet.");
      exec.model.resizeTable(table, range.rect);
    });
  }

  delete(): void {
    this._enqueue("delete", [], (exec) => exec.model.deleteTable(this._require(exec)));
  }
}
defineProps(TableProxy);

interface RowTarget {
  table: TableModel;
  index: number;
}

export class TableRowCollectionProxy extends HostCollection<TableModel, RowTarget> {
  readonly _entity = "TableRowCollection";
  static override props: Record<string, PropSpec<TableModel>> = {
    count: { get: (t) => rowCount(t.rect) - 1 },
  };

  _list(table: TableModel): RowTarget[] {
    return Array.from({ length: rowCount(table.rect) - 1 }, (_, index) => ({ table, index }));
  }

  _itemProxy(row: RowTarget): TableRowProxy {
    return new TableRowProxy(this._owner, `${this._path}.getItemAt(${row.index})`, (exec) => {
      const table = exec.model.tables.find((t) => t.id === row.table.id);
      return table ? { table, index: row.index } : null;
    });
  }

  /** Adds rows at the end of the table (the host does not insert in the middle). */
  add(index?: number | null, values?: unknown[][] | string | number | boolean): TableRowProxy {
    const binding: { first?: number } = {};
    this._enqueue("add", [index ?? null, values ?? null], (exec) => {
      const table = this._require(exec);
      const bodyRows = rowCount(table.rect) - 1;
      if (index !== undefined && index !== null && index !== bodyRows) throw new HostError("NotImplemented", "The in-memory host adds table rows at the end only.");
      const block = Array.isArray(values) ? values : [Array.from({ length: columnCount(table.rect) }, () => values ?? "")];
      const added = exec.model.addTableRows(table, block.length);
      exec.model.writeCells(exec.model.requireSheet(table.sheetId), added, block);
      binding.first = bodyRows;
    });
    return new TableRowProxy(this._owner, `${this._path}.add()`, (exec) => {
      const table = this._resolve(exec);
      return table === null || binding.first === undefined ? null : { table, index: binding.first };
    });
  }

  getItemAt(index: number): TableRowProxy {
    return new TableRowProxy(this._owner, `${this._path}.getItemAt(${index})`, (exec) => {
      const table = this._require(exec);
      if (index < 0 || index >= rowCount(table.rect) - 1) throw new HostError("InvalidArgument", `The table has no row ${index}.`);
      return { table, index };
    });
  }
}
defineProps(TableRowCollectionProxy);

export class TableRowProxy extends HostObject<RowTarget> {
  readonly _entity = "TableRow";
  static override props: Record<string, PropSpec<RowTarget>> = {
    index: { get: (r) => r.index },
  };

  getRange(): RangeProxy {
    return new RangeProxy(this._owner, `${this._path}.getRange()`, (exec) => {
      const row = this._resolve(exec);
      if (row === null) return null;
      const top = row.table.rect.top + 1 + row.index;
      return { sheet: exec.model.requireSheet(row.table.sheetId), rect: { ...row.table.rect, top, bottom: top } };
    });
  }
}
defineProps(TableRowProxy);

interface ColumnTarget {
  table: TableModel;
  index: number;
}

export class TableColumnCollectionProxy extends HostCollection<TableModel, ColumnTarget> {
  readonly _entity = "TableColumnCollection";
  static override props: Record<string, PropSpec<TableModel>> = {
    count: { get: (t) => t.columns.length },
  };

  _list(table: TableModel): ColumnTarget[] {
    return table.columns.map((_, index) => ({ table, index }));
  }

  _itemProxy(column: ColumnTarget): TableColumnProxy {
    return new TableColumnProxy(this._owner, `${this._path}.getItemAt(${column.index})`, (exec) => {
      const table = exec.model.tables.find((t) => t.id === column.table.id);
      return table && column.index < table.columns.length ? { table, index: column.index } : null;
    });
  }

  private _find(table: TableModel, key: number | string): ColumnTarget | null {
    const index = typeof key === "number" ? key : table.columns.findIndex((name) => name.toLowerCase() === key.toLowerCase());
    return index >= 0 && index < table.columns.length ? { table, index } : null;
  }

  getItem(key: number | string): TableColumnProxy {
    return new TableColumnProxy(this._owner, `${this._path}.getItem(${JSON.stringify(key)})`, (exec) => {
      const found = this._find(this._require(exec), key);
      if (!found) throw new HostError("ItemNotFound", `The table has no column "${key}".`);
      return found;
    });
  }

  getItemOrNullObject(key: number | string): TableColumnProxy {
    return new TableColumnProxy(this._owner, `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`, (exec) => {
      const table = this._resolve(exec);
      return table === null ? null : this._find(table, key);
    });
  }

  getItemAt(index: number): TableColumnProxy {
    return this.getItem(index);
  }
}
defineProps(TableColumnCollectionProxy);

export class TableColumnProxy extends HostObject<ColumnTarget> {
  readonly _entity = "TableColumn";
  static override props: Record<string, PropSpec<ColumnTarget>> = {
    index: { get: (c) => c.index },
    id: { get: (c) => c.index + 1 },
    name: {
      get: (c) => c.table.columns[c.index],
      set: (c, value, exec) => {
        const sheet = exec.model.requireSheet(c.table.sheetId);
        const col = c.table.rect.left + c.index;
        exec.model.writeCells(sheet, { top: c.table.rect.top, bottom: c.table.rect.top, left: col, right: col }, [[value]]);
      },
    },
    values: {
      get: (c, exec) => {
        const sheet = exec.model.requireSheet(c.table.sheetId);
        const col = c.table.rect.left + c.index;
        const out: unknown[][] = [];
        for (let r = c.table.rect.top; r <= c.table.rect.bottom; r++) out.push([sheet.cell(r, col)?.value ?? ""]);
        return out;
      },
    },
  };

  getDataBodyRange(): RangeProxy {
    return new RangeProxy(this._owner, `${this._path}.getDataBodyRange()`, (exec) => {
      const column = this._resolve(exec);
      if (column === null) return null;
      const col = column.table.rect.left + column.index;
      return { sheet: exec.model.requireSheet(column.table.sheetId), rect: { top: column.table.rect.top + 1, bottom: column.table.rect.bottom, left: col, right: col } };
    });
  }
}
defineProps(TableColumnProxy);
