// The `Office` global as the add-in uses it, over the host's document settings: onReady,
// context.document.settings, actions.associate (ribbon commands) and addin.showAsTaskpane
// (a ribbon command showing the pane). Kept to those members. `installOfficeGlobals` also
// stands in `Excel.run` and, through custom-functions-runtime.ts, `CustomFunctions`.
import { installCustomFunctionsStandIn, type CustomFunctionsStandIn } from "../custom-functions-runtime";
import type { HostSettings } from "./settings";

export interface OfficeStandIn {
  context: { document: { settings: HostSettings } };
  onReady: () => Promise<{ host: string; platform: string }>;
  actions: { associate(id: string, action: (event: { completed(): void }) => void): void };
  addin: { showAsTaskpane(): Promise<void> };
  /** What the add-in did through this stand-in. */
  record: { actions: Map<string, (event: { completed(): void }) => void>; panesShown: number };
}

export function officeStandIn(settings: HostSettings): OfficeStandIn {
  const record: OfficeStandIn["record"] = { actions: new Map(), panesShown: 0 };
  return {
    context: { document: { settings } },
    onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
    actions: { associate: (id, action) => void record.actions.set(id, action) },
    addin: {
      showAsTaskpane: () => {
        record.panesShown++;
        return Promise.resolve();
      },
    },
    record,
  };
}

/** Defines `Office`, `Excel` and `CustomFunctions` until the returned uninstall runs. */
export function installOfficeGlobals(office: OfficeStandIn, excel: { run: unknown }): { customFunctions: CustomFunctionsStandIn; uninstall(): void } {
  const scope = globalThis as { Office?: unknown; Excel?: unknown };
  const before = { Office: scope.Office, Excel: scope.Excel };
  scope.Office = office;
  scope.Excel = excel;
  const customFunctions = installCustomFunctionsStandIn();
  return {
    customFunctions,
    uninstall() {
      customFunctions.uninstall();
      if (before.Office === undefined) delete scope.Office;
      else scope.Office = before.Office;
      if (before.Excel === undefined) delete scope.Excel;
      else scope.Excel = before.Excel;
    },
  };
}
