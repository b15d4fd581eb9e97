// What the status area tells the analyst: where the pane runs, how a job ended, what went wrong
// and what to do. Pure, so every message is tested without a browser.
import type { FetchResult, PaneFlag, PaneProblem, RefreshResult } from "../workbook/pane/pane-api";
import type { PaneEnvironment } from "./environment";

export interface PaneStatus {
  intent: "info" | "warning" | "error" | "success";
  title: string;
  message: string;
  /** What the analyst can do about it (errors and warnings). */
  action?: string;
  /** Further lines, e.g. a sheet name that was taken. */
  notes?: string[];
}

export const SIDELOAD_STEPS = "In Excel choose Home › Add-ins › More Add-ins › Upload My Add-in, upload manifest.xml, then open Home › Ombudsman.";

export function startingStatus(environment: PaneEnvironment): PaneStatus {
  switch (environment.host.kind) {
    case "excel":
      return {
        intent: "info",
        title: "Choose your council",
        message: "Pick your council, then Fetch my council to write its Ombudsman complaint statistics into this workbook.",
      };
    case "browser":
      return {
        intent: "warning",
        title: "Open this add-in in Excel",
        message: `Ombudsman Scrutiny reads and writes an Excel workbook, so it must be opened in Excel. ${SIDELOAD_STEPS}`,
      };
    case "other-office":
      return {
        intent: "warning",
        title: "This add-in is for Excel",
        message: `It was opened in ${environment.host.application}. Open it from Excel instead: Home › Ombudsman.`,
      };
    case "no-office-js":
      return {
        intent: "error",
        title: "Office could not be reached",
        message:
          "office.js did not load, so the pane cannot talk to Excel. Check the network connection (office.js comes from appsforoffice.microsoft.com) and reopen the pane.",
      };
  }
}

/** Fetching needs Excel and a chosen council. */
export function canFetch(environment: PaneEnvironment, councilChosen: boolean): boolean {
  return environment.host.kind === "excel" && councilChosen;
}

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

function flagCount(flags: readonly PaneFlag[]): string {
  const scrutinise = flags.filter((flag) => flag.severity === "scrutinise").length;
  if (flags.length === 0) return "no flags";
  return scrutinise > 0 ? `${plural(flags.length, "flag")}, ${scrutinise} to scrutinise` : plural(flags.length, "flag");
}

/** What to do when the live pull failed: a page not found wants its name, anything else another try. */
function liveFailedAction(result: FetchResult): string {
  if (result.sources.live.pageNotFound) return `The figures shown are the embedded ones. Give LGSCO's page name for ${result.council.name} in Settings (LGSCO page name), then Fetch my council again.`;
  return "The figures shown are the embedded ones; try again later, or check the add-in host in Settings.";
}

export function fetchedStatus(result: FetchResult, via: "fetch" | "import" = "fetch"): PaneStatus {
  const years = result.years.length === 0 ? "no years" : result.years.length === 1 ? result.years[0]! : `${result.years[0]} to ${result.years[result.years.length - 1]}`;
  const others = result.councilsInWorkbook.length - 1;
  return {
    intent: result.sources.live.state === "failed" ? "warning" : "success",
    title: via === "import" ? `Figures added for ${result.council.name}` : `Fetched ${result.council.name}`,
    message:
      `Wrote ${plural(result.years.length, "year")} (${years}) to the Ombudsman sheets` +
      (others > 0 ? `, beside ${plural(others, "other council")} already there` : "") +
      `: ${flagCount(result.flags)}.` +
      (result.sources.live.state === "failed" ? " The live pull failed: see Sources." : ""),
    ...(result.sources.live.state === "failed" ? { action: liveFailedAction(result) } : {}),
    ...(result.notes.length > 0 ? { notes: result.notes } : {}),
  };
}

export function refreshedStatus(result: RefreshResult, fromRibbon = false): PaneStatus {
  const failed = result.sources.filter((entry) => entry.sources.live.state === "failed").map((entry) => entry.council);
  return {
    intent: failed.length > 0 ? "warning" : "success",
    title: fromRibbon ? "Comparisons refreshed from the ribbon" : "Comparisons refreshed",
    message: `Rewrote the Ombudsman sheets for ${plural(result.councils.length, "council")} (${result.councils.join("; ")}), with ${flagCount(result.flags)}. Your own sheets were not touched.`,
    ...(failed.length > 0 ? { action: `The live pull failed for ${failed.join("; ")}: their embedded figures were used.` } : {}),
    ...(result.notes.length > 0 ? { notes: result.notes } : {}),
  };
}

export function problemStatus(problem: PaneProblem): PaneStatus {
  return { intent: problem.severity, title: problem.title, message: problem.whatHappened, action: problem.whatToDo };
}

export function rowShownStatus(flag: PaneFlag): PaneStatus {
  return { intent: "info", title: "Row selected", message: `${flag.council}, ${flag.year} is selected in the Ombudsman sheet.` };
}
