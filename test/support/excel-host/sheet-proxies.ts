// The workbook, its application object, worksheets and the collection of worksheets, as proxies.
import { MAX_COLUMNS, MAX_ROWS, parseAddress, type Rect } from "./address";
import { ChartCollectionProxy } from "./chart-proxies";
import { defineProps, HostCollection, HostObject, type PropSpec, type QueueOwner } from "./client-object";
import { HostError } from "./errors";
import { DocumentPropertiesProxy, NamedItemCollectionProxy } from "./name-proxies";
import { RangeProxy } from "./range-proxies";
import { TableCollectionProxy } from "./table-proxies";
import type { PageLayoutModel, SheetModel, Visibility, WorkbookModel } from "./workbook-model";

type Owner = QueueOwner & { readonly context: unknown; noteCalculationSuspended(): void };

const VISIBILITIES: readonly Visibility[] = ["Visible", "Hidden", "VeryHidden"];

export function worksheetById(owner: QueueOwner & { readonly context: unknown }, path: string, id: string): WorksheetProxy {
  return new WorksheetProxy(owner, path, (exec) => exec.model.sheetById(id) ?? null);
}

export class WorksheetProxy extends HostObject<SheetModel> {
  readonly _entity = "Worksheet";
  static override props: Record<string, PropSpec<SheetModel>> = {
    id: { get: (s) => s.id },
    name: {
      get: (s) => s.name,
      set: (s, value, exec) => {
        if (typeof value !== "string") throw new HostError("InvalidArgument", "A worksheet name must be text.");
        exec.model.renameSheet(s, value);
      },
    },
    position: {
      get: (s, exec) => exec.model.sheets.indexOf(s),
      set: (s, value, exec) => exec.model.moveSheet(s, Number(value)),
    },
    visibility: {
      get: (s) => s.visibility,
      set: (s, value, exec) => {
        if (!VISIBILITIES.includes(value as Visibility)) throw new HostError("InvalidArgument", `"${String(value)}" is not a worksheet visibility.`);
        exec.model.setVisibility(s, value as Visibility);
      },
    },
  };
  static override navigation = ["tables", "charts", "pageLayout"];

  private _tables?: TableCollectionProxy;
  private _charts?: ChartCollectionProxy;
  private _pageLayout?: PageLayoutProxy;

  get pageLayout(): PageLayoutProxy {
    return (this._pageLayout ??= new PageLayoutProxy(this._owner, `${this._path}.pageLayout`, (exec) => this._resolve(exec)));
  }

  get tables(): TableCollectionProxy {
    return (this._tables ??= new TableCollectionProxy(this._owner, `${this._path}.tables`, (exec) => {
      const sheet = this._resolve(exec);
      return sheet === null ? null : { model: exec.model, sheet };
    }));
  }

  get charts(): ChartCollectionProxy {
    return (this._charts ??= new ChartCollectionProxy(this._owner, `${this._path}.charts`, (exec) => this._resolve(exec)));
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this._owner, `${this._path}.getRange(${JSON.stringify(address ?? "")})`, (exec) => {
      const sheet = this._resolve(exec);
      if (sheet === null) return null;
      if (address === undefined || address === "") return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
      const parsed = parseAddress(address);
      if (parsed.sheet !== undefined && exec.model.sheetByName(parsed.sheet) !== sheet) {
        throw new HostError("InvalidArgument", `The address "${address}" is not on the worksheet "${sheet.name}".`);
      }
      return { sheet, rect: parsed.rect };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return new RangeProxy(this._owner, `${this._path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, (exec) => {
      const sheet = this._resolve(exec);
      if (sheet === null) return null;
      if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLUMNS) {
        throw new HostError("InvalidArgument", "The row and column indexes are outside the worksheet.");
      }
      const rect: Rect = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
      return { sheet, rect };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this._owner, `${this._path}.getUsedRange(${String(valuesOnly ?? false)})`, (exec) => {
      const sheet = this._resolve(exec);
      if (sheet === null) return null;
      return { sheet, rect: sheet.usedRect(valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this._owner, `${this._path}.getUsedRangeOrNullObject(${String(valuesOnly ?? false)})`, (exec) => {
      const sheet = this._resolve(exec);
      const rect = sheet?.usedRect(valuesOnly === true) ?? null;
      return sheet === null || rect === null ? null : { sheet, rect };
    });
  }

  activate(): void {
    this._enqueue("activate", [], (exec) => exec.model.activateSheet(this._require(exec)));
  }

  delete(): void {
    this._enqueue("delete", [], (exec) => exec.model.deleteSheet(this._require(exec)));
  }
}
defineProps(WorksheetProxy);

const ORIENTATIONS = ["Portrait", "Landscape"] as const;
const ZOOM_KEYS = ["scale", "horizontalFitToPages", "verticalFitToPages"];

/** Worksheet.pageLayout, kept to what the add-in sets: orientation, zoom (fit to pages) and print title rows. */
export class PageLayoutProxy extends HostObject<SheetModel> {
  readonly _entity = "PageLayout";
  static override props: Record<string, PropSpec<SheetModel>> = {
    orientation: {
      get: (s) => s.pageLayout.orientation,
      set: (s, value) => {
        if (!ORIENTATIONS.includes(value as (typeof ORIENTATIONS)[number])) throw new HostError("InvalidArgument", `"${String(value)}" is not a page orientation.`);
        s.pageLayout.orientation = value as (typeof ORIENTATIONS)[number];
      },
    },
    zoom: {
      get: (s) => ({ ...s.pageLayout.zoom }),
      set: (s, value) => {
        const zoom = value as Record<string, unknown> | null;
        const valid = zoom !== null && typeof zoom === "object" && Object.entries(zoom).every(([key, n]) => ZOOM_KEYS.includes(key) && typeof n === "number" && Number.isInteger(n) && n >= 0);
        if (!valid) throw new HostError("InvalidArgument", "A page zoom is a scale or whole numbers of pages to fit to.");
        s.pageLayout.zoom = { ...(zoom as PageLayoutModel["zoom"]) };
      },
    },
  };

  setPrintTitleRows(rows: string): void {
    this._enqueue("setPrintTitleRows", [rows], (exec) => {
      const sheet = this._require(exec);
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw new HostError("InvalidArgument", `"${rows}" is not a block of whole rows.`);
      sheet.pageLayout.printTitleRows = rows;
    });
  }
}
defineProps(PageLayoutProxy);

export class WorksheetCollectionProxy extends HostCollection<WorkbookModel, SheetModel> {
  readonly _entity = "WorksheetCollection";
  static override props: Record<string, PropSpec<WorkbookModel>> = {};

  _list(model: WorkbookModel): SheetModel[] {
    return [...model.sheets];
  }

  _itemProxy(sheet: SheetModel): WorksheetProxy {
    return worksheetById(this._owner, `${this._path}.getItem(${JSON.stringify(sheet.id)})`, sheet.id);
  }

  add(name?: string): WorksheetProxy {
    const binding: { id?: string } = {};
    this._enqueue("add", [name], (exec) => {
      binding.id = exec.model.addSheet(name).id;
    });
    return new WorksheetProxy(this._owner, `${this._path}.add(${JSON.stringify(name ?? "")})`, (exec) => (binding.id === undefined ? null : (exec.model.sheetById(binding.id) ?? null)));
  }

  /** By name (any case) or by id, as Excel allows. */
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this._owner, `${this._path}.getItem(${JSON.stringify(key)})`, (exec) => {
      const sheet = exec.model.sheetByName(key) ?? exec.model.sheetById(key);
      if (!sheet) throw new HostError("ItemNotFound", `The worksheet "${key}" does not exist.`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this._owner, `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`, (exec) => exec.model.sheetByName(key) ?? exec.model.sheetById(key) ?? null);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this._owner, `${this._path}.getActiveWorksheet()`, (exec) => exec.model.requireSheet(exec.model.activeSheetId));
  }
}
defineProps(WorksheetCollectionProxy);

export class ApplicationProxy extends HostObject<WorkbookModel> {
  readonly _entity = "Application";
  static override props: Record<string, PropSpec<WorkbookModel>> = {};

  /** Recorded by the host so a test can see that the renderer asked for it. */
  suspendApiCalculationUntilNextSync(): void {
    const owner = this._owner as Owner;
    this._enqueue("suspendApiCalculationUntilNextSync", [], () => owner.noteCalculationSuspended());
  }
}
defineProps(ApplicationProxy);

export class WorkbookProxy extends HostObject<WorkbookModel> {
  readonly _entity = "Workbook";
  static override props: Record<string, PropSpec<WorkbookModel>> = {
    name: { get: () => "Book1.xlsx" },
  };
  static override navigation = ["worksheets", "tables", "names", "properties", "application"];

  private _worksheets?: WorksheetCollectionProxy;
  private _tables?: TableCollectionProxy;
  private _names?: NamedItemCollectionProxy;
  private _properties?: DocumentPropertiesProxy;
  private _application?: ApplicationProxy;

  get worksheets(): WorksheetCollectionProxy {
    return (this._worksheets ??= new WorksheetCollectionProxy(this._owner, "workbook.worksheets", (exec) => exec.model));
  }

  get tables(): TableCollectionProxy {
    return (this._tables ??= new TableCollectionProxy(this._owner, "workbook.tables", (exec) => ({ model: exec.model })));
  }

  get names(): NamedItemCollectionProxy {
    return (this._names ??= new NamedItemCollectionProxy(this._owner, "workbook.names", (exec) => exec.model));
  }

  get properties(): DocumentPropertiesProxy {
    return (this._properties ??= new DocumentPropertiesProxy(this._owner, "workbook.properties", (exec) => exec.model));
  }

  get application(): ApplicationProxy {
    return (this._application ??= new ApplicationProxy(this._owner, "workbook.application", (exec) => exec.model));
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this._owner, "workbook.getSelectedRange()", (exec) => {
      const model = exec.model;
      if (model.selectionIsNotARange) throw new HostError("InvalidSelection", "The current selection is not a single range of cells (a chart, a shape or several areas are selected).");
      const selection = model.selection ?? { sheetId: model.activeSheetId, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
      return { sheet: model.requireSheet(selection.sheetId), rect: selection.rect };
    });
  }
}
defineProps(WorkbookProxy);
