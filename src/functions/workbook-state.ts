// The functions' start: the shared runtime starts when a formula first calculates, perhaps long
// before the pane runs a job, so the store gets the workbook's saved thresholds and letters here
// before any value is sent (workbook/pane/workbook-state.ts does the giving, once per store).
import type { FiguresStore } from "../sources/figures-store";
import type { DocumentSettings } from "../workbook/pane/office-settings";
import { giveDocumentState } from "../workbook/pane/workbook-state";

/** Office's document settings once Office is ready; undefined where there is no Office (Node, a plain browser). */
export async function documentSettingsWhenReady(): Promise<DocumentSettings | undefined> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return undefined;
  await Office.onReady();
  return Office.context?.document?.settings as unknown as DocumentSettings | undefined;
}

/** The store with this workbook's state given to it; a settings problem never keeps the figures from the cells. */
export async function storeWithWorkbookState(store: Promise<FiguresStore>, settings: () => Promise<DocumentSettings | undefined> = documentSettingsWhenReady): Promise<FiguresStore> {
  const open = await store;
  let document: DocumentSettings | undefined;
  try {
    document = await settings();
  } catch (error) {
    console.error("The workbook's saved settings could not be read; the functions use the defaults:", error);
  }
  giveDocumentState(open, document);
  return open;
}
