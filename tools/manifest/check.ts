// The offline manifest check: what breaks an add-in that Microsoft's online validator does not
// catch (it passes undefined resids) or cannot check without its service. Pure: the caller
// supplies the manifest text, the files in assets/ and the pages webpack emits.
import { rankOf } from "./element-order";
import { attribute, childrenNamed, descendants, parseXml, type XmlElement } from "./xml-tree";

export type ManifestRule = "xml" | "order" | "resid" | "https" | "icon" | "page" | "id" | "version" | "length" | "shared-runtime" | "command";

export interface ManifestFault {
  rule: ManifestRule;
  /** Qualified element name as written, e.g. "bt:Image". */
  element: string;
  line: number;
  message: string;
}

export interface ManifestContext {
  /** Paths of the files in assets/, relative to it ("icon-32.png"). */
  assetFiles: ReadonlySet<string>;
  /** Files the webpack config emits at the root of dist/ ("taskpane.html"). */
  emittedFiles: ReadonlySet<string>;
}

export const MAX_RESID_LENGTH = 32;
export const MAX_DISPLAY_NAME_LENGTH = 125;
export const MAX_DESCRIPTION_LENGTH = 250;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FOUR_PART_VERSION = /^\d+\.\d+\.\d+\.\d+$/;
const URL_IN_TEXT = /\b([a-z][a-z0-9+.-]*):\/\/[^\s"'<>]*/gi;
const ICON_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "Image"]);

export function checkManifest(xml: string, context: ManifestContext): ManifestFault[] {
  const parsed = parseXml(xml);
  if (!parsed.ok) {
    return [{ rule: "xml", element: "(document)", line: parsed.line, message: `is not well-formed XML: ${parsed.message}` }];
  }
  const root = parsed.root;
  const faults: ManifestFault[] = [];
  const report = (rule: ManifestRule, element: XmlElement, message: string): void => {
    faults.push({ rule, element: element.name, line: element.line, message });
  };

  checkRootAndOrder(root, report);
  checkResids(root, report);
  checkHttps(root, report);
  checkIconsAndPages(root, context, report);
  checkIdentity(root, report);
  checkSharedRuntime(root, report);
  checkFunctionCommands(root, report);
  return faults.sort((a, b) => a.line - b.line);
}

type Report = (rule: ManifestRule, element: XmlElement, message: string) => void;

function checkRootAndOrder(root: XmlElement, report: Report): void {
  if (root.local !== "OfficeApp") {
    report("order", root, "must be <OfficeApp>, the root of an add-in manifest");
    return;
  }
  const type = attribute(root, "type");
  if (type !== "TaskPaneApp") report("order", root, `xsi:type is ${type === undefined ? "missing" : `"${type}"`}; this add-in is a TaskPaneApp`);
  for (const parent of [root, ...descendants(root)]) {
    // The highest-ranked sibling so far: a child ranked below it is out of order.
    let latest: { element: XmlElement; rank: number } | undefined;
    for (const child of parent.children) {
      const rank = rankOf(parent.local, child.local);
      if (rank === undefined) continue;
      if (latest && rank < latest.rank) {
        report(
          "order",
          child,
          `is out of order in <${parent.name}>: the documented order puts it before <${latest.element.name}> (line ${latest.element.line})`,
        );
      } else {
        latest = { element: child, rank };
      }
    }
  }
}

function checkResids(root: XmlElement, report: Report): void {
  const defined = new Set<string>();
  for (const resources of [...descendants(root)].filter((e) => e.local === "Resources")) {
    for (const group of resources.children) {
      for (const resource of group.children) {
        const id = attribute(resource, "id");
        if (id === undefined) {
          report("resid", resource, "has no id");
          continue;
        }
        if (id.length > MAX_RESID_LENGTH) report("resid", resource, `id "${id}" is ${id.length} characters; at most ${MAX_RESID_LENGTH} are allowed`);
        defined.add(id);
      }
    }
  }
  for (const element of descendants(root)) {
    const resid = attribute(element, "resid");
    if (resid === undefined) continue;
    if (resid.length > MAX_RESID_LENGTH) report("resid", element, `resid "${resid}" is ${resid.length} characters; at most ${MAX_RESID_LENGTH} are allowed`);
    if (!defined.has(resid)) report("resid", element, `resid "${resid}" is not defined in <Resources>`);
  }
}

function checkHttps(root: XmlElement, report: Report): void {
  for (const element of [root, ...descendants(root)]) {
    const values = element.attributes
      // Namespace URIs (and schema locations, which pair them with files) are names, not addresses.
      .filter((a) => a.prefix !== "xmlns" && a.name !== "xmlns" && a.local !== "schemaLocation")
      .map((a) => a.value);
    values.push(element.text);
    for (const value of values) {
      for (const match of value.matchAll(URL_IN_TEXT)) {
        if (match[1]!.toLowerCase() !== "https") report("https", element, `URL "${match[0]}" must use https`);
      }
    }
  }
}

/** The URL values an element carries: its DefaultValue and the Value of each <Override>. */
function urlValues(element: XmlElement): string[] {
  const values = [attribute(element, "DefaultValue")];
  for (const override of childrenNamed(element, "Override")) values.push(attribute(override, "Value"));
  return values.filter((v): v is string => v !== undefined);
}

function checkIconsAndPages(root: XmlElement, context: ManifestContext, report: Report): void {
  const sourceLocation = childrenNamed(root, "DefaultSettings").flatMap((d) => childrenNamed(d, "SourceLocation"))[0];
  const pageUrl = sourceLocation && attribute(sourceLocation, "DefaultValue");
  if (!sourceLocation || pageUrl === undefined) {
    report("page", childrenNamed(root, "DefaultSettings")[0] ?? root, "has no <SourceLocation DefaultValue>: the task pane page is not declared");
    return;
  }
  // The add-in's own files are served from the folder of its task pane page.
  const base = pageUrl.slice(0, pageUrl.lastIndexOf("/") + 1);
  const assetsBase = `${base}assets/`;
  const inResources = (e: XmlElement): boolean => e.parent?.parent?.local === "Resources";

  for (const element of [root, ...descendants(root)]) {
    const isIcon = ICON_ELEMENTS.has(element.local) && (element.local !== "Image" || inResources(element));
    const isPage = (element.local === "SourceLocation" && element.parent?.local === "DefaultSettings") || (element.local === "Url" && inResources(element));
    if (!isIcon && !isPage) continue;
    for (const url of urlValues(element)) {
      const path = url.split(/[?#]/)[0]!;
      if (path.startsWith(assetsBase)) {
        const file = path.slice(assetsBase.length);
        if (!context.assetFiles.has(file)) report(isIcon ? "icon" : "page", element, `URL "${url}" names assets/${file}, which is not in assets/`);
      } else if (isIcon) {
        report("icon", element, `icon URL "${url}" is not under ${assetsBase}: icons must be files in assets/`);
      } else if (path.startsWith(base)) {
        const page = path.slice(base.length);
        if (!context.emittedFiles.has(page)) {
          report("page", element, `URL "${url}" names ${page || "(no file)"}, which the webpack config does not emit (it emits ${[...context.emittedFiles].join(", ") || "nothing"})`);
        }
      }
      // Other hosts (a "learn more" link) are not ours to check beyond https.
    }
  }
}

function checkIdentity(root: XmlElement, report: Report): void {
  if (root.local !== "OfficeApp") return;
  const single = (local: string): XmlElement | undefined => childrenNamed(root, local)[0];

  const id = single("Id");
  if (!id) report("id", root, "has no <Id>");
  else if (!GUID.test(id.text.trim())) report("id", id, `"${id.text.trim()}" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`);

  const version = single("Version");
  if (!version) report("version", root, "has no <Version>");
  else if (!FOUR_PART_VERSION.test(version.text.trim())) report("version", version, `"${version.text.trim()}" is not a version n.n.n.n`);

  for (const [local, limit] of [
    ["DisplayName", MAX_DISPLAY_NAME_LENGTH],
    ["Description", MAX_DESCRIPTION_LENGTH],
  ] as const) {
    const element = single(local);
    if (!element) {
      report("length", root, `has no <${local}>`);
      continue;
    }
    if (attribute(element, "DefaultValue") === undefined) report("length", element, "has no DefaultValue");
    for (const [where, value] of [
      [element, attribute(element, "DefaultValue")],
      ...childrenNamed(element, "Override").map((o) => [o, attribute(o, "Value")] as const),
    ] as const) {
      if (value !== undefined && [...value].length > limit) {
        report("length", where, `is ${[...value].length} characters; <${local}> allows at most ${limit}`);
      }
    }
  }
}

/** A custom functions namespace as Excel accepts it: letters and digits, starting with a letter. */
const FUNCTION_NAMESPACE = /^[A-Za-z][A-Za-z0-9]*$/;

/** The DefaultValue of the <bt:String> with this id in <ShortStrings>, if defined. */
function shortString(root: XmlElement, id: string): string | undefined {
  for (const group of descendants(root)) {
    if (group.local !== "ShortStrings") continue;
    for (const item of group.children) if (attribute(item, "id") === id) return attribute(item, "DefaultValue");
  }
  return undefined;
}

/** The resid of an element's <SourceLocation> child. */
function sourceLocationResid(element: XmlElement): string | undefined {
  const location = childrenNamed(element, "SourceLocation")[0];
  return location && attribute(location, "resid");
}

/**
 * The shared runtime ("Configure your Office Add-in to use a shared runtime", Microsoft Learn):
 * the SharedRuntime requirement, one <Runtime lifetime="long">, and every page that should run in
 * it (the custom functions' Page, the task pane a ShowTaskpane button opens, a FunctionFile)
 * naming the Runtime's own resid: the shared runtime does not load when they differ. Custom
 * functions need Script, Page and Metadata locations and a Namespace that is a short string.
 */
function checkSharedRuntime(root: XmlElement, report: Report): void {
  const all = [...descendants(root)];
  const runtimes = all.filter((e) => e.local === "Runtime" && e.parent?.local === "Runtimes");
  const customFunctions = all.filter((e) => e.local === "ExtensionPoint" && attribute(e, "type") === "CustomFunctions");
  if (runtimes.length === 0 && customFunctions.length === 0) return;

  const sets = childrenNamed(root, "Requirements").flatMap((r) => childrenNamed(r, "Sets")).flatMap((s) => childrenNamed(s, "Set"));
  if (!sets.some((set) => attribute(set, "Name") === "SharedRuntime")) {
    const where = childrenNamed(root, "Requirements")[0] ?? root;
    report("shared-runtime", where, 'does not require SharedRuntime: add <Set Name="SharedRuntime" MinVersion="1.1"/> to <Sets>');
  }

  const runtime = runtimes[0];
  for (const extra of runtimes.slice(1)) report("shared-runtime", extra, "is a second <Runtime>: one shared runtime runs the whole add-in");
  if (runtime === undefined) {
    report("shared-runtime", customFunctions[0]!, 'needs a shared runtime: add <Runtimes><Runtime resid="…" lifetime="long"/></Runtimes> to the <Host>');
  } else if (attribute(runtime, "lifetime") !== "long") {
    report("shared-runtime", runtime, 'has no lifetime="long": the runtime would stop when the task pane closes, and formulas with it');
  }
  const runtimeResid = runtime && attribute(runtime, "resid");
  const samePage = (element: XmlElement, resid: string | undefined, what: string): void => {
    if (runtimeResid === undefined || resid === undefined || resid === runtimeResid) return;
    report("shared-runtime", element, `${what} resid "${resid}" is not the Runtime's "${runtimeResid}": the shared runtime does not load when they differ`);
  };

  for (const point of customFunctions) {
    for (const part of ["Script", "Page", "Metadata"] as const) {
      const element = childrenNamed(point, part)[0];
      if (!element || sourceLocationResid(element) === undefined) report("shared-runtime", element ?? point, `needs <${part}><SourceLocation resid="…"/></${part}> for the custom functions`);
    }
    const page = childrenNamed(point, "Page")[0];
    if (page) samePage(page, sourceLocationResid(page), "the custom functions' page");
    const namespace = childrenNamed(point, "Namespace")[0];
    const namespaceResid = namespace && attribute(namespace, "resid");
    if (!namespace || namespaceResid === undefined) {
      report("shared-runtime", namespace ?? point, 'needs <Namespace resid="…"/>: the functions\' prefix, as in =LGSCO.UPHELD');
    } else {
      const value = shortString(root, namespaceResid);
      if (value === undefined) report("shared-runtime", namespace, `resid "${namespaceResid}" is not a <bt:String> in <ShortStrings>`);
      else if (!FUNCTION_NAMESPACE.test(value)) report("shared-runtime", namespace, `namespace "${value}" must be letters and digits, starting with a letter`);
    }
  }

  for (const action of all.filter((e) => e.local === "Action" && attribute(e, "type") === "ShowTaskpane")) {
    samePage(action, sourceLocationResid(action), "the task pane's");
    if (childrenNamed(action, "TaskpaneId").length === 0) {
      report("shared-runtime", action, "has no <TaskpaneId>: on a shared runtime a pane without one is another pane, and only one is supported");
    }
  }
  for (const functionFile of all.filter((e) => e.local === "FunctionFile")) samePage(functionFile, attribute(functionFile, "resid"), "the FunctionFile's");
}

/**
 * A ribbon button that runs a function (ExecuteFunction) needs the id its page associates
 * (<FunctionName>) and, in its form factor, the page that runs it (<FunctionFile>): without
 * either, Office shows the button and clicking it does nothing.
 */
function checkFunctionCommands(root: XmlElement, report: Report): void {
  const formFactors = [...descendants(root)].filter((e) => e.local === "DesktopFormFactor" || e.local === "MobileFormFactor");
  for (const formFactor of formFactors) {
    const actions = [...descendants(formFactor)].filter((e) => e.local === "Action" && attribute(e, "type") === "ExecuteFunction");
    if (actions.length > 0 && childrenNamed(formFactor, "FunctionFile").length === 0) {
      report("command", actions[0]!, `runs a function, but <${formFactor.local}> has no <FunctionFile resid="…"/>: the button would do nothing`);
    }
    for (const action of actions) {
      const name = childrenNamed(action, "FunctionName")[0];
      if (name === undefined || name.text.trim() === "") {
        report("command", action, "needs <FunctionName>: the id the page associates with Office.actions.associate");
      }
    }
  }
}

export function formatFault(file: string, fault: ManifestFault): string {
  return `${file}:${fault.line}: <${fault.element}> ${fault.message}`;
}
