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

/** Shows the task pane where office.js offers it (SharedRuntime 1.1); a failure to show it is only logged. */
async function showPane(): Promise<void> {
  const addin = typeof Office === "undefined" ? undefined : (Office as { addin?: { showAsTaskpane?: () => Promise<void> } }).addin;
  if (typeof addin?.showAsTaskpane !== "function") return;
  try {
    await addin.showAsTaskpane();
  } catch (error) {
    console.error("The pane could not be shown:", error);
  }
}

/**
 * Runs Refresh comparisons for the ribbon; always tells Office the command is finished. When it
 * fails the pane is shown: on the shared runtime it is the same page, so it already holds the
 * problem it was told (refresh-failed), even if it was closed.
 */
export async function refreshCommand(event: CommandEvent): Promise<void> {
  try {
    const [{ paneWorkbook }, { refreshFromRibbon }] = await Promise.all([import("../workbook/pane/office-workbook"), import("../workbook/pane/excel-workbook")]);
    const workbook = paneWorkbook();
    let failed = false;
    const stopListening = workbook.onActivity((activity) => {
      if (activity.kind === "refresh-failed") failed = true;
    });
    try {
      await refreshFromRibbon(workbook);
    } finally {
      stopListening();
    }
    if (failed) await showPane();
  } catch (error) {
    // The workbook code itself could not load: nothing was written; the pane says what it can.
    console.error("Refresh comparisons could not start:", error);
    await showPane();
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
