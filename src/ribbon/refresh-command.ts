// The ribbon's Refresh comparisons (Home › Ombudsman Scrutiny): an ExecuteFunction command that
// rewrites every sheet the add-in owns without opening the pane. On the shared runtime it runs
// in the pane's own page, so this module is imported by the pane's entry and associates the
// command as the page loads; the workbook code loads only when the button is pressed. An open
// pane hears how it went (excel-workbook's announce); a closed one finds the sheets refreshed.

/** The manifest's <FunctionName> for the button. */
export const REFRESH_COMMAND = "RefreshComparisons";

/** The part of Office.AddinCommands.Event a command uses. */
export interface CommandEvent {
  completed(): void;
}

/** Runs Refresh comparisons for the ribbon; always tells Office the command is finished. */
export async function refreshCommand(event: CommandEvent): Promise<void> {
  try {
    const [{ paneWorkbook }, { refreshFromRibbon }] = await Promise.all([import("../workbook/pane/office-workbook"), import("../workbook/pane/excel-workbook")]);
    await refreshFromRibbon(paneWorkbook());
  } catch (error) {
    // The workbook code itself could not load: nothing was written and no pane may be open to say so.
    console.error("Refresh comparisons could not start:", error);
  } finally {
    event.completed();
  }
}

/** Associates the ribbon's commands where office.js offers Office.actions; false elsewhere (a plain browser without office.js). */
export function associateRibbonCommands(): boolean {
  const actions = typeof Office === "undefined" ? undefined : (Office as { actions?: { associate?: (id: string, action: (event: CommandEvent) => void) => void } }).actions;
  if (typeof actions?.associate !== "function") return false;
  actions.associate(REFRESH_COMMAND, (event) => void refreshCommand(event));
  return true;
}
