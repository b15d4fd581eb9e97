// Charts, their titles and series, as proxies. The host keeps what a chart is drawn from (its
// series' ranges), not a picture.
import { defineProps, HostCollection, HostObject, type PropSpec, type QueueOwner } from "./client-object";
import { HostError } from "./errors";
import { RangeProxy, resolveRangeArg, type RangeTarget } from "./range-proxies";
import { WorksheetProxy } from "./sheet-proxies";
import type { ChartModel, SeriesModel, SheetModel, WorkbookModel } from "./workbook-model";

type Owner = QueueOwner & { readonly context: unknown };

interface ChartTarget {
  sheet: SheetModel;
  chart: ChartModel;
}

function findChart(model: WorkbookModel, id: string): ChartTarget | null {
  for (const sheet of model.sheets) {
    const chart = sheet.charts.find((c) => c.id === id);
    if (chart) return { sheet, chart };
  }
  return null;
}

function chartById(owner: Owner, path: string, id: string): ChartProxy {
  return new ChartProxy(owner, path, (exec) => findChart(exec.model, id));
}

function rangeRef(range: RangeTarget) {
  return { sheetId: range.sheet.id, rect: range.rect };
}

export class ChartCollectionProxy extends HostCollection<SheetModel, ChartModel> {
  readonly _entity = "ChartCollection";
  static override props: Record<string, PropSpec<SheetModel>> = {
    count: { get: (sheet) => sheet.charts.length },
  };

  _list(sheet: SheetModel): ChartModel[] {
    return [...sheet.charts];
  }

  _itemProxy(chart: ChartModel): ChartProxy {
    return chartById(this._owner, `${this._path}.getItem(${JSON.stringify(chart.id)})`, chart.id);
  }

  add(type: string, sourceData: RangeProxy, seriesBy?: string): ChartProxy {
    const binding: { id?: string } = {};
    this._enqueue("add", [type, { ref: sourceData._path }, seriesBy ?? "Auto"], (exec) => {
      const sheet = this._require(exec);
      const source = sourceData._require(exec);
      binding.id = exec.model.addChart(sheet, type, rangeRef(source), seriesBy ?? "Auto").id;
    });
    return new ChartProxy(this._owner, `${this._path}.add(${JSON.stringify(type)})`, (exec) => (binding.id === undefined ? null : findChart(exec.model, binding.id)));
  }

  getItem(name: string): ChartProxy {
    return new ChartProxy(this._owner, `${this._path}.getItem(${JSON.stringify(name)})`, (exec) => {
      const sheet = this._require(exec);
      const chart = sheet.charts.find((c) => c.name === name);
      if (!chart) throw new HostError("ItemNotFound", `The chart "${name}" does not exist.`);
      return { sheet, chart };
    });
  }

  getItemOrNullObject(name: string): ChartProxy {
    return new ChartProxy(this._owner, `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`, (exec) => {
      const sheet = this._resolve(exec);
      const chart = sheet?.charts.find((c) => c.name === name);
      return sheet && chart ? { sheet, chart } : null;
    });
  }

  getItemAt(index: number): ChartProxy {
    return new ChartProxy(this._owner, `${this._path}.getItemAt(${index})`, (exec) => {
      const sheet = this._require(exec);
      const chart = sheet.charts[index];
      if (!chart) throw new HostError("ItemNotFound", `There is no chart at index ${index}.`);
      return { sheet, chart };
    });
  }
}
defineProps(ChartCollectionProxy);

export class ChartProxy extends HostObject<ChartTarget> {
  readonly _entity = "Chart";
  static override props: Record<string, PropSpec<ChartTarget>> = {
    id: { get: (t) => t.chart.id },
    name: {
      get: (t) => t.chart.name,
      set: (t, value) => {
        if (typeof value !== "string" || value === "") throw new HostError("InvalidArgument", "A chart name must be text.");
        t.chart.name = value;
      },
    },
  };
  static override navigation = ["title", "series", "worksheet"];

  private _title?: ChartTitleProxy;
  private _series?: ChartSeriesCollectionProxy;
  private _worksheet?: WorksheetProxy;

  get title(): ChartTitleProxy {
    return (this._title ??= new ChartTitleProxy(this._owner, `${this._path}.title`, (exec) => this._resolve(exec)));
  }

  get series(): ChartSeriesCollectionProxy {
    return (this._series ??= new ChartSeriesCollectionProxy(this._owner, `${this._path}.series`, (exec) => this._resolve(exec)));
  }

  get worksheet(): WorksheetProxy {
    return (this._worksheet ??= new WorksheetProxy(this._owner, `${this._path}.worksheet`, (exec) => this._resolve(exec)?.sheet ?? null));
  }

  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    const describe = (cell: RangeProxy | string | undefined) => (cell instanceof RangeProxy ? { ref: cell._path } : (cell ?? null));
    this._enqueue("setPosition", [describe(startCell), describe(endCell)], (exec) => {
      const t = this._require(exec);
      const start = resolveRangeArg(startCell, exec, t.sheet);
      const end = endCell === undefined ? start : resolveRangeArg(endCell, exec, t.sheet);
      if (start.sheet !== t.sheet || end.sheet !== t.sheet) throw new HostError("InvalidArgument", "A chart is positioned on its own worksheet.");
      t.chart.position = {
        top: Math.min(start.rect.top, end.rect.top),
        left: Math.min(start.rect.left, end.rect.left),
        bottom: Math.max(start.rect.bottom, end.rect.bottom),
        right: Math.max(start.rect.right, end.rect.right),
      };
    });
  }

  delete(): void {
    this._enqueue("delete", [], (exec) => exec.model.deleteChart(this._require(exec).chart));
  }
}
defineProps(ChartProxy);

export class ChartTitleProxy extends HostObject<ChartTarget> {
  readonly _entity = "ChartTitle";
  static override props: Record<string, PropSpec<ChartTarget>> = {
    text: {
      get: (t) => t.chart.title,
      set: (t, value) => {
        // Excel refuses a chart title over 255 characters.
        if (String(value).length > 255) throw new HostError("InvalidArgument", "A chart title is at most 255 characters.");
        t.chart.title = String(value);
      },
    },
    visible: { get: (t) => t.chart.title !== "" },
  };
}
defineProps(ChartTitleProxy);

interface SeriesTarget {
  chart: ChartModel;
  series: SeriesModel;
}

export class ChartSeriesCollectionProxy extends HostCollection<ChartTarget, SeriesTarget> {
  readonly _entity = "ChartSeriesCollection";
  static override props: Record<string, PropSpec<ChartTarget>> = {
    count: { get: (t) => t.chart.series.length },
  };

  _list(t: ChartTarget): SeriesTarget[] {
    return t.chart.series.map((series) => ({ chart: t.chart, series }));
  }

  _itemProxy(item: SeriesTarget, index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this._owner, `${this._path}.getItemAt(${index})`, (exec) => {
      const found = findChart(exec.model, item.chart.id);
      return found && found.chart.series.includes(item.series) ? { chart: found.chart, series: item.series } : null;
    });
  }

  add(name?: string, index?: number): ChartSeriesProxy {
    const binding: { series?: SeriesModel; chart?: ChartModel } = {};
    this._enqueue("add", [name ?? null, index ?? null], (exec) => {
      const t = this._require(exec);
      const series: SeriesModel = { name: name ?? `Series${t.chart.series.length + 1}` };
      const at = index === undefined ? t.chart.series.length : Math.max(0, Math.min(index, t.chart.series.length));
      t.chart.series.splice(at, 0, series);
      binding.series = series;
      binding.chart = t.chart;
    });
    return new ChartSeriesProxy(this._owner, `${this._path}.add(${JSON.stringify(name ?? "")})`, () =>
      binding.series && binding.chart ? { chart: binding.chart, series: binding.series } : null,
    );
  }

  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this._owner, `${this._path}.getItemAt(${index})`, (exec) => {
      const t = this._require(exec);
      const series = t.chart.series[index];
      if (!series) throw new HostError("ItemNotFound", `The chart has no series ${index}.`);
      return { chart: t.chart, series };
    });
  }
}
defineProps(ChartSeriesCollectionProxy);

export class ChartSeriesProxy extends HostObject<SeriesTarget> {
  readonly _entity = "ChartSeries";
  static override props: Record<string, PropSpec<SeriesTarget>> = {
    name: {
      get: (t) => t.series.name,
      set: (t, value) => {
        t.series.name = String(value);
      },
    },
  };

  /** Values may come from any range, so series of one chart can use non-adjacent columns. */
  setValues(sourceData: RangeProxy): void {
    this._enqueue("setValues", [{ ref: sourceData._path }], (exec) => {
      this._require(exec).series.values = rangeRef(sourceData._require(exec));
    });
  }

  setXAxisValues(sourceData: RangeProxy): void {
    this._enqueue("setXAxisValues", [{ ref: sourceData._path }], (exec) => {
      this._require(exec).series.xValues = rangeRef(sourceData._require(exec));
    });
  }

  delete(): void {
    this._enqueue("delete", [], (exec) => {
      const t = this._require(exec);
      t.chart.series = t.chart.series.filter((s) => s !== t.series);
    });
  }
}
defineProps(ChartSeriesProxy);
