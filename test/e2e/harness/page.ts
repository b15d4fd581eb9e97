// The e2e harness's page script (TEST CODE, never in the production bundle): served only by
// test/e2e/serve.ts, injected after office.js and before the pane's own script. In a plain
// browser office.js resolves Office.onReady with host null and defines no Excel, so this
// script supplies Office.onReady, Office.context and Excel from the in-memory Excel host, and
// exposes window.testHost for tests and for anyone trying the pane by hand.
import { createExcelHost, type ExcelHost, type HostSheetState, type HostSnapshot } from "../../support/excel-host";
import { formatRect } from "../../support/excel-host/address";
import { mountWorkbookView } from "./workbook-view";

/** Marks this bundle; the production bundle must not contain it (checked by test/e2e/pane.test.ts). */
export const HARNESS_MARK = "ombudsman-e2e-harness";

/** The analyst's own sheets the workbook starts with: "nothing of the user's is touched" is checked against these. */
const OWN_SHEETS: Record<string, (string | number)[][]> = {
  "Our complaints": [
    ["Reference", "Received", "Service", "Stage", "Outcome", "LGSCO reference", "LGSCO decision"],
    ["C-2019-001", "04/06/2019", "Housing", "Stage 2", "Upheld", "19 002 113", "Upheld"],
    ["C-2019-002", "17/07/2019", "Adult care", "Stage 1", "Not upheld", "", ""],
    ["C-2019-003", "02/09/2019", "Planning", "Stage 2", "Upheld", "19 008 561", "Not upheld"],
  ],
  Notes: [["Scrutiny committee, June: compare our upheld rate with similar councils"]],
};

const SETTINGS_KEY = "ombudsman-e2e-harness:document-settings";

interface CommandEvent {
  completed(): void;
}

export interface TestHost {
  mark: string;
  snapshot(): HostSnapshot;
  /** The selected range, e.g. { sheet: "Ombudsman", address: "A9:P9" }. */
  selection(): { sheet: string; address: string } | undefined;
  activeSheet(): string;
  sheetState(name: string): HostSheetState;
  /** The analyst edits a sheet: `values` written at `address` (A1 notation) on `sheet`. */
  setValues(sheet: string, address: string, values: (string | number | boolean)[][]): Promise<void>;
  /** The analyst makes a table of their own (e.g. one whose name the add-in needs). */
  addTable(sheet: string, address: string, name: string): Promise<void>;
  /** Runs a ribbon command the page associated (Office.actions.associate), as Excel would; resolves when it completes. */
  runCommand(id: string): Promise<void>;
  /** Settings saved with the document (what a reopened workbook holds). */
  savedSettings(): Record<string, unknown>;
  meter(): ReturnType<ExcelHost["meterSummary"]>;
  resetMeter(): void;
}

declare global {
  interface Window {
    testHost: TestHost;
  }
}

const host = createExcelHost({ sheets: Object.keys(OWN_SHEETS) });
/** Draws the workbook beside the pane (see workbook-view.ts); set once the page's body exists. */
let redraw: () => void = () => undefined;
const commands = new Map<string, (event: CommandEvent) => void>();

// The document's settings survive a reload of the page (the workbook "opened again"); the cells do not.
function restoreSettings(): void {
  try {
    const saved = JSON.parse(sessionStorage.getItem(SETTINGS_KEY) ?? "{}") as Record<string, unknown>;
    for (const [key, value] of Object.entries(saved)) host.settings.set(key, value);
    host.settings.saveAsync();
  } catch {
    // Nothing saved, or storage refused: a new workbook.
  }
  const save = host.settings.saveAsync.bind(host.settings);
  // saveAsync answers later, as Office's does: the saved values are kept once it has.
  host.settings.saveAsync = (optionsOrCallback?: unknown, callback?: unknown) => {
    const done = (typeof optionsOrCallback === "function" ? optionsOrCallback : callback) as ((result: never) => void) | undefined;
    save((result: never) => {
      try {
        sessionStorage.setItem(SETTINGS_KEY, JSON.stringify(host.settings.savedValues()));
      } catch {
        // Storage refused: settings last for this page only.
      }
      done?.(result);
    });
  };
}

async function seedOwnSheets(): Promise<void> {
  await host.run(async (context) => {
    for (const [name, rows] of Object.entries(OWN_SHEETS)) {
      const width = Math.max(...rows.map((row) => row.length));
      const padded = rows.map((row) => [...row, ...Array<string>(width - row.length).fill("")]);
      const sheet = context.workbook.worksheets.getItem(name);
      sheet.getRange(`A1:${String.fromCharCode(64 + width)}${rows.length}`).values = padded;
      sheet.getRange(`A1:${String.fromCharCode(64 + width)}1`).format.font.bold = true;
    }
    context.workbook.worksheets.getItem(Object.keys(OWN_SHEETS)[0]!).activate();
  });
}

// ?theme=dark: Office's Dark Grey theme, as Office passes it to the pane.
const dark = new URLSearchParams(window.location.search).get("theme") === "dark";
const office = (window as unknown as { Office?: Record<string, unknown> }).Office;
if (office === undefined) throw new Error("The harness must load after office.js.");
const officeJsReady = (office.onReady as () => Promise<unknown>)();
const info = { host: "Excel", platform: "OfficeOnline" };
const context = {
  document: { settings: host.settings },
  officeTheme: dark ? { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff" } : { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000" },
  requirements: { isSetSupported: () => true },
};
const actions = {
  associate(id: string, action: (event: CommandEvent) => void) {
    commands.set(id, action);
  },
};

/** Office as Excel would give it to the pane: our context and actions over office.js's own host-less ones. */
function standInForExcel(): void {
  Object.defineProperty(office, "context", { configurable: true, get: () => context, set: () => undefined });
  Object.defineProperty(office, "actions", { configurable: true, get: () => actions, set: () => undefined });
}
standInForExcel();

const ready = (async () => {
  restoreSettings();
  await seedOwnSheets();
  redraw();
  host.resetMeter();
  // office.js sets its own Office.context as it initialises (with host null): put ours back after.
  await officeJsReady;
  standInForExcel();
})();

office.onReady = (callback?: (value: typeof info) => void) =>
  ready.then(() => {
    callback?.(info);
    return info;
  });
// Excel.run, redrawing the workbook beside the pane (wide windows only) after every batch.
// Takes Excel.RunOptions first, as Office.js does (the add-in passes delayForCellEdit).
const run: ExcelHost["run"] = async (optionsOrBatch, maybeBatch) => {
  try {
    return await host.run(optionsOrBatch, maybeBatch);
  } finally {
    redraw();
  }
};
(window as unknown as { Excel: unknown }).Excel = { run };
document.addEventListener("DOMContentLoaded", () => {
  redraw = mountWorkbookView(host);
});

window.testHost = {
  mark: HARNESS_MARK,
  snapshot: () => host.snapshot(),
  selection() {
    const selection = host.model.selection;
    if (selection === undefined) return undefined;
    return { sheet: host.model.requireSheet(selection.sheetId).name, address: formatRect(selection.rect) };
  },
  activeSheet: () => host.activeSheetName(),
  sheetState: (name) => host.sheetState(name),
  async setValues(sheet, address, values) {
    await run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange(address).values = values;
    });
  },
  async addTable(sheet, address, name) {
    await run(async (context) => {
      context.workbook.worksheets.getItem(sheet).tables.add(address, true).name = name;
    });
  },
  runCommand(id) {
    const command = commands.get(id);
    if (command === undefined) return Promise.reject(new Error(`The page associated no command "${id}" (it has ${[...commands.keys()].join(", ") || "none"}).`));
    return new Promise<void>((resolve) => command({ completed: resolve }));
  },
  savedSettings: () => host.settings.savedValues(),
  meter: () => host.meterSummary(),
  resetMeter: () => host.resetMeter(),
};
