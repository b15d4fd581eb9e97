// What the status area tells the analyst, decided from where the pane runs. Pure, so every
// message is tested without a browser.
import type { PaneEnvironment } from "./environment";

export interface PaneStatus {
  intent: "info" | "warning" | "error" | "success";
  title: string;
  message: string;
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
