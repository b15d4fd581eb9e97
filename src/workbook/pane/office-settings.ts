// The pane's settings in the workbook itself (Office.context.document.settings): saved with the
// document, so the council and thresholds come back when the workbook is opened again. With the
// renderer and excel-workbook.ts, the only code that touches Office.
import { PANE_SETTINGS_KEY, paneSettingsValue, readPaneSettings, type PaneSettings, type SettingsContext } from "./pane-settings";

/** The part of Office.Settings the pane uses (the in-memory host's settings fit it too). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } }) => void): void;
}

/** Office's settings of the open document. Call only once Office is ready. */
export function officeDocumentSettings(): DocumentSettings {
  return Office.context.document.settings as unknown as DocumentSettings;
}

/** The settings saved in the document, defaults where none (never throws on a bad saved value). */
export function loadPaneSettings(document: DocumentSettings, context: SettingsContext = {}): { settings: PaneSettings; problems: string[] } {
  let raw: unknown;
  try {
    raw = document.get(PANE_SETTINGS_KEY);
  } catch {
    return { ...readPaneSettings(undefined, context), problems: ["The add-in's settings in this workbook could not be read; the defaults are used."] };
  }
  return readPaneSettings(raw, context);
}

/** Why the settings could not be saved in the workbook. */
export class SettingsSaveError extends Error {
  override readonly name = "SettingsSaveError";
}

/** Each document's last save: the next waits for it, so saves reach Excel one at a time, in order. */
const lastSave = new WeakMap<DocumentSettings, Promise<void>>();

/**
 * The one way the add-in saves the workbook's settings (pane settings, the register link): makes
 * `change` and saves, after any save already under way. Rejects with SettingsSaveError.
 */
export function saveDocumentSettings(document: DocumentSettings, change: (document: DocumentSettings) => void): Promise<void> {
  const save = (): Promise<void> =>
    new Promise((resolve, reject) => {
      try {
        change(document);
        document.saveAsync((result) => {
          if (String(result.status).toLowerCase() === "succeeded") resolve();
          else reject(new SettingsSaveError(result.error?.message ?? "Excel did not save the add-in's settings."));
        });
      } catch (error) {
        reject(new SettingsSaveError(error instanceof Error ? error.message : String(error)));
      }
    });
  const previous = lastSave.get(document) ?? Promise.resolve();
  const next = previous.then(save, save);
  lastSave.set(document, next.catch(() => undefined));
  return next;
}

/** Keeps `settings` in the document and saves them with it; rejects with SettingsSaveError. */
export function savePaneSettings(document: DocumentSettings, settings: PaneSettings): Promise<void> {
  return saveDocumentSettings(document, (saved) => saved.set(PANE_SETTINGS_KEY, paneSettingsValue(settings)));
}
