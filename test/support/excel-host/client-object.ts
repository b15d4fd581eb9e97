// The proxy half of the host: objects that queue commands, as Office.js proxies do. Nothing
// touches the document until `context.sync()`; then the queued commands run in order, loads
// copy the requested properties into the proxies, and a failing command rejects the sync (the
// commands before it stay applied, as in Excel). Reading a scalar property that was neither
// loaded nor set throws PropertyNotLoaded.
import { HostError, notLoaded } from "./errors";
import type { WorkbookModel } from "./workbook-model";

const utf8 = new TextEncoder();

/** One queued command; `describe` is what travels in the request (its JSON size is metered). */
export interface Operation {
  path: string;
  action: string;
  args?: unknown;
  run(exec: Execution): void;
}

/** What a context needs from the host. */
export interface QueueOwner {
  readonly model: WorkbookModel;
  enqueue(operation: Operation): void;
}

/** One sync's run: proxies resolve to document objects once per request. */
export class Execution {
  private readonly resolved = new Map<object, unknown>();
  /** UTF-8 bytes of the values loaded so far in this request's response. */
  private responseBytes = 0;
  constructor(
    readonly model: WorkbookModel,
    private readonly responseLimitBytes = Number.POSITIVE_INFINITY,
  ) {}

  /**
   * A loaded value as the response carries it: a single value larger than the limit comes back
   * null (as Excel on the web may answer a very large read); a response growing past it fails.
   */
  respond(entity: string, property: string, value: unknown): unknown {
    if (!Number.isFinite(this.responseLimitBytes) || value === null || typeof value !== "object") return value;
    const bytes = utf8.encode(JSON.stringify(value)).byteLength;
    if (bytes > this.responseLimitBytes) return null;
    this.responseBytes += bytes;
    if (this.responseBytes > this.responseLimitBytes) {
      throw new HostError("ResponsePayloadSizeLimitExceeded", `The response (${this.responseBytes} bytes so far) is larger than the limit of ${this.responseLimitBytes} bytes.`, `${entity}.${property}`);
    }
    return value;
  }
  resolve<T>(proxy: object, resolver: (exec: Execution) => T | null): T | null {
    if (this.resolved.has(proxy)) return this.resolved.get(proxy) as T | null;
    const target = resolver(this);
    this.resolved.set(proxy, target);
    return target;
  }
}

export interface PropSpec<T> {
  get(target: T, exec: Execution): unknown;
  set?(target: T, value: unknown, exec: Execution): void;
}

export type Resolver<T> = (exec: Execution) => T | null;

/** Key under which a collection gathers the paths to load on each item. */
const ITEMS = "\u0000items";

function copy(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}

/** Load options as Office.js takes them: "a, b/c", ["a"], { select, expand }, or nothing. */
export function loadPaths(option: unknown): string[] | "all" {
  if (option === undefined || option === null) return "all";
  const split = (text: string) =>
    text
      .split(",")
      .map((part) => part.trim())
      .filter((part) => part.length > 0);
  if (typeof option === "string") return split(option);
  if (Array.isArray(option)) return option.flatMap((part) => (typeof part === "string" ? split(part) : []));
  if (typeof option === "object") {
    const { select, expand } = option as { select?: unknown; expand?: unknown };
    const paths = [...(typeof select === "string" ? split(select) : []), ...(typeof expand === "string" ? split(expand) : [])];
    return paths.length === 0 ? "all" : paths;
  }
  throw new HostError("InvalidArgument", "The load option is not valid.");
}

export abstract class HostObject<T> {
  /** Scalar properties, by name. */
  static props: Record<string, PropSpec<never>> = {};
  /** Navigation properties: names of getters returning child proxies. */
  static navigation: readonly string[] = [];

  readonly _loaded = new Map<string, unknown>();
  _isNull: boolean | undefined;

  constructor(
    readonly _owner: QueueOwner & { readonly context: unknown },
    readonly _path: string,
    private readonly _resolver: Resolver<T>,
  ) {}

  abstract readonly _entity: string;

  get context(): unknown {
    return this._owner.context;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw notLoaded(this._entity, "isNullObject");
    return this._isNull;
  }

  _resolve(exec: Execution): T | null {
    return exec.resolve(this, this._resolver);
  }

  _require(exec: Execution): T {
    const target = this._resolve(exec);
    if (target === null) throw new HostError("ItemNotFound", "The requested resource doesn't exist.");
    return target;
  }

  private get _specs(): Record<string, PropSpec<T>> {
    return (this.constructor as unknown as { props: Record<string, PropSpec<T>> }).props;
  }

  private get _navigation(): readonly string[] {
    return (this.constructor as unknown as { navigation: readonly string[] }).navigation;
  }

  _read(name: string): unknown {
    if (this._loaded.has(name)) return this._loaded.get(name);
    if (this._isNull === true) return undefined;
    throw notLoaded(this._entity, name);
  }

  _write(name: string, value: unknown): void {
    const spec = this._specs[name];
    if (!spec?.set) throw new HostError("InvalidArgument", `The property '${name}' is read-only.`, `${this._entity}.${name}`);
    // Office.js keeps a value it was given, so reading it back needs no load.
    this._loaded.set(name, copy(value));
    const setter = spec.set;
    this._enqueue(`set ${name}`, value, (exec) => setter(this._require(exec), value, exec));
  }

  _enqueue(action: string, args: unknown, run: (exec: Execution) => void): void {
    this._owner.enqueue({ path: this._path, action, args, run });
  }

  load(option?: unknown): this {
    const paths = loadPaths(option);
    this._enqueue("load", paths, (exec) => this._applyLoad(paths, exec));
    return this;
  }

  /** Runs a load at sync time: copies scalars, follows navigation properties and collection items. */
  _applyLoad(paths: string[] | "all", exec: Execution): void {
    const target = this._resolve(exec);
    this._isNull = target === null;
    if (target === null) return;
    const specs = this._specs;
    const names = paths === "all" ? Object.keys(specs) : paths;
    const children = new Map<string, string[]>();
    for (const path of names) {
      const slash = path.indexOf("/");
      const head = slash < 0 ? path : path.slice(0, slash);
      const rest = slash < 0 ? undefined : path.slice(slash + 1);
      if (head === "isNullObject") continue;
      if (this._loadOwn(head, rest, exec, target, children)) continue;
      const spec = specs[head];
      if (spec && rest === undefined) {
        this._loaded.set(head, copy(exec.respond(this._entity, head, spec.get(target, exec))));
        continue;
      }
      if (this._navigation.includes(head)) {
        const list = children.get(head) ?? [];
        if (rest !== undefined) list.push(rest);
        children.set(head, list);
        continue;
      }
      throw new HostError("InvalidArgument", `The property '${head}' does not exist on ${this._entity}.`, `${this._entity}.${head}`);
    }
    for (const [name, rest] of children) {
      if (name.startsWith(ITEMS)) continue;
      const child = (this as unknown as Record<string, HostObject<unknown>>)[name]!;
      child._applyLoad(rest.length === 0 ? "all" : rest, exec);
    }
    this._afterLoad(children, exec, target);
  }

  /** Collections load their items here, once their own properties are read. */
  protected _afterLoad(_children: Map<string, string[]>, _exec: Execution, _target: T): void {}

  /** Collections gather item paths here; plain objects have nothing extra. */
  protected _loadOwn(_head: string, _rest: string | undefined, _exec: Execution, _target: T, _children: Map<string, string[]>): boolean {
    return false;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** A collection proxy: `items` after a load, and item properties loadable as "items/name". */
export abstract class HostCollection<T, Item> extends HostObject<T> {
  private _items: HostObject<unknown>[] | undefined;

  abstract _list(target: T, exec: Execution): Item[];
  abstract _itemProxy(item: Item, index: number): HostObject<unknown>;

  get items(): HostObject<unknown>[] {
    if (this._items === undefined) {
      if (this._isNull === true) return [];
      throw notLoaded(this._entity, "items");
    }
    return this._items;
  }

  protected override _loadOwn(head: string, rest: string | undefined, _exec: Execution, _target: T, children: Map<string, string[]>): boolean {
    const own = (this.constructor as unknown as { props: Record<string, PropSpec<T>> }).props;
    if (head in own && rest === undefined) return false;
    // "items", "items/name", or an item property named directly ("name" on a collection).
    const itemPath = head === "items" || head === "*" ? rest : rest === undefined ? head : `${head}/${rest}`;
    const list = children.get(ITEMS) ?? [];
    if (itemPath !== undefined) list.push(itemPath);
    children.set(ITEMS, list);
    return true;
  }

  override _applyLoad(paths: string[] | "all", exec: Execution): void {
    super._applyLoad(paths === "all" ? ["items"] : paths, exec);
  }

  protected override _afterLoad(children: Map<string, string[]>, exec: Execution, target: T): void {
    const itemPaths = children.get(ITEMS);
    if (itemPaths === undefined) return;
    this._items = this._list(target, exec).map((item, index) => this._itemProxy(item, index));
    for (const item of this._items) item._applyLoad(itemPaths.length === 0 ? "all" : itemPaths, exec);
  }
}

/** Installs getters and setters for the scalar properties named in `props`. */
export function defineProps(cls: { prototype: object; props: Record<string, PropSpec<never>> }): void {
  for (const name of Object.keys(cls.props)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: HostObject<unknown>) {
        return this._read(name);
      },
      set(this: HostObject<unknown>, value: unknown) {
        this._write(name, value);
      },
    });
  }
}

/** A JSON-able argument naming a proxy (for request size and error locations). */
export function argOf(value: unknown): unknown {
  return value instanceof HostObject ? { ref: value._path } : value;
}
