// Defined names and document properties (custom properties included), as proxies.
import { formatAddress } from "./address";
import { defineProps, HostCollection, HostObject, type PropSpec } from "./client-object";
import { HostError } from "./errors";
import { RangeProxy } from "./range-proxies";
import type { CustomPropertyModel, NameModel, WorkbookModel } from "./workbook-model";

export class NamedItemCollectionProxy extends HostCollection<WorkbookModel, NameModel> {
  readonly _entity = "NamedItemCollection";
  static override props: Record<string, PropSpec<WorkbookModel>> = {};

  _list(model: WorkbookModel): NameModel[] {
    return [...model.names];
  }

  _itemProxy(name: NameModel): NamedItemProxy {
    return this.getItemOrNullObject(name.name);
  }

  /** `reference` is a Range or a formula such as "=Sheet1!$A$1" or "=0.5". */
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    this._enqueue("add", [name, reference instanceof RangeProxy ? { ref: reference._path } : reference, comment ?? ""], (exec) => {
      const model = this._require(exec);
      if (reference instanceof RangeProxy) {
        const range = reference._require(exec);
        model.addName(name, { kind: "range", ref: { sheetId: range.sheet.id, rect: range.rect } }, comment ?? "");
      } else {
        model.addName(name, model.parseNameFormula(reference), comment ?? "");
      }
    });
    return this.getItem(name);
  }

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this._owner, `${this._path}.getItem(${JSON.stringify(name)})`, (exec) => {
      const found = exec.model.nameByName(name);
      if (!found) throw new HostError("ItemNotFound", `The name "${name}" does not exist.`);
      return found;
    });
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this._owner, `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`, (exec) => exec.model.nameByName(name) ?? null);
  }
}
defineProps(NamedItemCollectionProxy);

export class NamedItemProxy extends HostObject<NameModel> {
  readonly _entity = "NamedItem";
  static override props: Record<string, PropSpec<NameModel>> = {
    name: { get: (n) => n.name },
    scope: { get: () => "Workbook" },
    comment: {
      get: (n) => n.comment,
      set: (n, value) => {
        n.comment = String(value);
      },
    },
    visible: {
      get: (n) => n.visible,
      set: (n, value) => {
        n.visible = Boolean(value);
      },
    },
    formula: {
      get: (n, exec) => exec.model.nameFormula(n),
      set: (n, value, exec) => {
        n.target = exec.model.parseNameFormula(value);
      },
    },
    type: {
      get: (n) => (n.target.kind === "range" ? "Range" : n.target.kind === "error" ? "Error" : constantType(n.target.formula)),
    },
    /** For a range, its address (as Excel's documentation says); for a constant, the constant. */
    value: {
      get: (n, exec) => {
        if (n.target.kind === "range") return formatAddress(exec.model.requireSheet(n.target.ref.sheetId).name, n.target.ref.rect, true);
        if (n.target.kind === "error") return "#REF!";
        return constantValue(n.target.formula);
      },
    },
  };

  getRange(): RangeProxy {
    return new RangeProxy(this._owner, `${this._path}.getRange()`, (exec) => {
      const name = this._require(exec);
      if (name.target.kind !== "range") throw new HostError("InvalidReference", `The name "${name.name}" does not refer to a range.`);
      return { sheet: exec.model.requireSheet(name.target.ref.sheetId), rect: name.target.ref.rect };
    });
  }

  delete(): void {
    this._enqueue("delete", [], (exec) => exec.model.deleteName(this._require(exec)));
  }
}
defineProps(NamedItemProxy);

function constantValue(formula: string): unknown {
  const text = formula.replace(/^=/, "");
  if (/^".*"$/.test(text)) return text.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(text)) return text.toUpperCase() === "TRUE";
  const number = Number(text);
  return text !== "" && Number.isFinite(number) ? number : formula;
}

function constantType(formula: string): string {
  const value = constantValue(formula);
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "Integer" : "Double";
  return value === formula ? "Error" : "String";
}

// ---- document properties ----

const DOCUMENT_TEXT_PROPERTIES = ["title", "subject", "author", "keywords", "comments", "category", "manager", "company"] as const;

export class DocumentPropertiesProxy extends HostObject<WorkbookModel> {
  readonly _entity = "DocumentProperties";
  static override props: Record<string, PropSpec<WorkbookModel>> = Object.fromEntries(
    DOCUMENT_TEXT_PROPERTIES.map((name) => [
      name,
      {
        get: (model: WorkbookModel) => model.documentProperties.get(name) ?? "",
        set: (model: WorkbookModel, value: unknown) => {
          model.documentProperties.set(name, String(value));
        },
      },
    ]),
  );
  static override navigation = ["custom"];
  private _custom?: CustomPropertyCollectionProxy;

  get custom(): CustomPropertyCollectionProxy {
    return (this._custom ??= new CustomPropertyCollectionProxy(this._owner, `${this._path}.custom`, (exec) => this._resolve(exec)));
  }
}
defineProps(DocumentPropertiesProxy);

function propertyValue(value: unknown): CustomPropertyModel["value"] {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  throw new HostError("InvalidArgument", "A custom property holds text, a number, a boolean or a date.");
}

export class CustomPropertyCollectionProxy extends HostCollection<WorkbookModel, CustomPropertyModel> {
  readonly _entity = "CustomPropertyCollection";
  static override props: Record<string, PropSpec<WorkbookModel>> = {};

  _list(model: WorkbookModel): CustomPropertyModel[] {
    return [...model.customProperties];
  }

  _itemProxy(property: CustomPropertyModel): CustomPropertyProxy {
    return this.getItemOrNullObject(property.key);
  }

  /** Creates the property, or sets it when it exists (as Excel does). */
  add(key: string, value: unknown): CustomPropertyProxy {
    this._enqueue("add", [key, value], (exec) => {
      const model = this._require(exec);
      if (key.length === 0 || key.length > 255) throw new HostError("InvalidArgument", "A custom property key is 1 to 255 characters.");
      const existing = model.customProperties.find((p) => p.key.toLowerCase() === key.toLowerCase());
      if (existing) existing.value = propertyValue(value);
      else model.customProperties.push({ key, value: propertyValue(value) });
    });
    return this.getItem(key);
  }

  getItem(key: string): CustomPropertyProxy {
    return new CustomPropertyProxy(this._owner, `${this._path}.getItem(${JSON.stringify(key)})`, (exec) => {
      const found = exec.model.customProperties.find((p) => p.key.toLowerCase() === key.toLowerCase());
      if (!found) throw new HostError("ItemNotFound", `The custom property "${key}" does not exist.`);
      return found;
    });
  }

  getItemOrNullObject(key: string): CustomPropertyProxy {
    return new CustomPropertyProxy(
      this._owner,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      (exec) => exec.model.customProperties.find((p) => p.key.toLowerCase() === key.toLowerCase()) ?? null,
    );
  }
}
defineProps(CustomPropertyCollectionProxy);

export class CustomPropertyProxy extends HostObject<CustomPropertyModel> {
  readonly _entity = "CustomProperty";
  static override props: Record<string, PropSpec<CustomPropertyModel>> = {
    key: { get: (p) => p.key },
    type: {
      get: (p) => (p.value instanceof Date ? "Date" : typeof p.value === "number" ? (Number.isInteger(p.value) ? "Number" : "Float") : typeof p.value === "boolean" ? "Boolean" : "String"),
    },
    value: {
      get: (p) => p.value,
      set: (p, value) => {
        p.value = propertyValue(value);
      },
    },
  };

  delete(): void {
    this._enqueue("delete", [], (exec) => {
      const property = this._require(exec);
      exec.model.customProperties = exec.model.customProperties.filter((p) => p !== property);
    });
  }
}
defineProps(CustomPropertyProxy);
