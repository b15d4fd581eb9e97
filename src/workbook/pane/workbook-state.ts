// What a workbook carries that the figures store must know before any formula answers: the flag
// thresholds saved with it and the letters imported into it. Given to the page's one store once,
// by whichever starts first: the =LGSCO.* functions on the shared runtime (which starts when a
// formula first calculates) or the pane's first job. The one place this loading happens, so the
// checks on workbook-carried letters (issue 12) extend `giveWorkbookState`.
import type { FlagSettings } from "../../domain/flag-settings";
import type { FiguresStore } from "../../sources/figures-store";
import { checkCarriedLetter } from "./carried-letters";
import { loadPaneSettings, type DocumentSettings } from "./office-settings";
import type { PaneSettings } from "./pane-settings";

export interface WorkbookStateReport {
  /** Letters given to the store. */
  letters: number;
  /** What could not be used, in the analyst's words. */
  problems: string[];
}

const given = new WeakMap<FiguresStore, WorkbookStateReport>();

export function sameFlagSettings(a: FlagSettings, b: FlagSettings): boolean {
  return (Object.keys(a) as (keyof FlagSettings)[]).every((key) => a[key] === b[key]);
}

/** Gives the store this workbook's letters and thresholds, once per store (a second call reports the first). */
export function giveWorkbookState(store: FiguresStore, settings: PaneSettings, settingsProblems: readonly string[] = []): WorkbookStateReport {
  const earlier = given.get(store);
  if (earlier !== undefined) return earlier;
  const report: WorkbookStateReport = { letters: 0, problems: [...settingsProblems] };
  for (const kept of settings.letters) {
    const checked = checkCarriedLetter(kept, store.register);
    if (!checked.ok) {
      report.problems.push(checked.problem);
      continue;
    }
    const letter = checked.letter;
    try {
      store.addFigures(letter, letter.gss);
      report.letters++;
    } catch (error) {
      report.problems.push(`A letter kept in this workbook (${letter.authority}, ${letter.year}) could not be placed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (!sameFlagSettings(store.flagSettings, settings.flagSettings)) store.setFlagSettings(settings.flagSettings);
  given.set(store, report);
  return report;
}

/** The same, read from the document's settings (defaults where none or unreadable). */
export function giveDocumentState(store: FiguresStore, document: DocumentSettings | undefined): WorkbookStateReport {
  if (document === undefined) return giveWorkbookState(store, { livePull: false, hostUrl: "", flagSettings: store.flagSettings, letters: [] });
  const { settings, problems } = loadPaneSettings(document);
  return giveWorkbookState(store, settings, problems);
}
