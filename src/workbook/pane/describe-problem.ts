// Turns whatever went wrong into what the pane's message bar says: what happened, and what the
// analyst can do about it. Pure, so every wording is tested without Excel.
import { CouncilNotFoundError } from "../../domain/register";
import { FlagSettingsError } from "../../domain/flag-settings";
import { DatasetFormatError } from "../../sources/dataset/dataset-format";
import { DocumentParseError, type ParseErrorCode } from "../../sources/documents/parse-error";
import { SettingsSaveError } from "./office-settings";
import { PaneProblem } from "./pane-api";
import { HostUrlError } from "./pane-settings";
import { PlanRequestError } from "../plan/plan-for-councils";
import { RenderConflictError } from "../rendering/render-targets";
import { DocumentForAnotherCouncilError, NoFiguresError, NothingToRefreshError, WriteFailure } from "../../application/job-errors";
import { officeErrorCode } from "../office/office-error";

/** The job that failed, to name it in the title. */
export type PaneJob = "fetch" | "refresh" | "select-row" | "read-letter" | "add-letter" | "save-settings" | "load" | "pack" | "read-register";

/** Whether the failure came before anything was written to the workbook. */
export type WritePhase = "before-writing" | "while-writing";

const JOB_TITLES: Record<PaneJob, string> = {
  fetch: "Fetch my council did not finish",
  refresh: "Refresh comparisons did not finish",
  "select-row": "The flag's row could not be shown",
  "read-letter": "The letter could not be read",
  "add-letter": "The letter was not added",
  "save-settings": "The settings were not saved",
  load: "The pane could not load what it needs",
  pack: "The committee pack was not built",
  "read-register": "Your linked register could not be read",
};

const UNCHANGED = "The workbook is as it was.";

const PARSE_ADVICE: Record<ParseErrorCode, string> = {
  "empty-document": "Choose the letter's PDF, or paste its whole text, from the address to the signature.",
  "not-text": "Choose the letter's PDF, or paste its text.",
  "unreadable-pdf": "If the PDF is a scan, copy the letter's text from LGSCO's website (or the PDF viewer) and paste it instead.",
  "unknown-layout": "Check it is LGSCO's annual review letter (or a council's statistics page) and that the whole text is there.",
  "missing-period": "Paste the whole letter, including the sentence that gives the year (\"year ending 31 March …\").",
  "missing-authority": "Paste the whole letter, including the address block that names the council.",
  "broken-sentence": "Check the figure named above in the letter; paste the text again if it was cut or mangled.",
  "broken-table": "Check the letter's tables came through whole; paste the text again, or use the PDF.",
  "conflicting-figures": "The document gives the same figure twice with different values: check which is right with LGSCO.",
};

function message(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.trim().replace(/\s+/g, " ");
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * What finishes a write Excel stopped part-way: the same job again. A first Fetch stopped before
 * its sheets were marked leaves nothing Refresh can find, so a Fetch is never told to Refresh.
 */
function halfWritten(job: PaneJob): string {
  const again = job === "refresh" ? "Refresh comparisons again rewrites every sheet the add-in owns" : "Fetch my council again finishes them";
  return ` Some sheets may be half-written: ${again}, and nothing of yours was touched.`;
}

/**
 * Excel's refusals the analyst can do something about: cell-edit mode (Excel documents
 * InvalidOperationInCellEditMode, and reports InvalidOperation on some platforms), a protected
 * sheet or workbook, a read-only workbook, another author's change.
 */
function workbookRefusal(code: string, text: string): { whatHappened: string; whatToDo: string } | undefined {
  if (code === "InvalidOperationInCellEditMode" || (code === "InvalidOperation" && /edit(ing)? mode|cell[- ]edit/i.test(text))) {
    return { whatHappened: "Excel is busy editing a cell, so it refused the change.", whatToDo: "Press Enter or Esc in the sheet to finish editing, then try again." };
  }
  if (/read-only|read only|view-only/i.test(text)) {
    return {
      whatHappened: `Excel refused the change: the workbook is open read-only (${sentence(text)})`,
      whatToDo: "Choose Edit Workbook (or save a copy you can edit, File › Save As), then try again.",
    };
  }
  if (code === "AccessDenied" || /protect/i.test(text)) {
    return {
      whatHappened: `Excel refused the change: a sheet or the workbook is protected (${sentence(text)})`,
      whatToDo: "Unprotect the add-in's sheets (Review › Unprotect Sheet) and the workbook (Review › Protect Workbook), then try again.",
    };
  }
  if (code === "Conflict") {
    return {
      whatHappened: "Someone else editing this workbook changed it at the same moment, so Excel refused the change.",
      whatToDo: "Wait a moment for their changes to arrive, then try again.",
    };
  }
  return undefined;
}

export function describeProblem(error: unknown, job: PaneJob, phase: WritePhase = "before-writing"): PaneProblem {
  if (error instanceof PaneProblem) return error;
  // The plan was built and the renderer failed on its way: said as a failure while writing.
  if (error instanceof WriteFailure) return describeProblem(error.cause, job, "while-writing");
  const title = JOB_TITLES[job];
  const unchanged = phase === "before-writing" && job !== "select-row" && job !== "read-letter" ? ` ${UNCHANGED}` : "";

  if (error instanceof PlanRequestError) {
    switch (error.problem) {
      case "no-councils":
        return new PaneProblem(title, `No council was chosen.${unchanged}`, "Choose your council in the Council box, then Fetch my council.");
      case "empty-year-range":
        return new PaneProblem(title, `${sentence(error.message)}${unchanged}`, "Choose a From year no later than the To year.");
      case "no-figures":
        // Only the plan's own check says this (the jobs throw NoFiguresError, which knows the live pull): no live pull advice.
        return new PaneProblem(title, `${sentence(error.message)}${unchanged}`, "Choose other years, or import the council's annual review letter (Import letters and pages).");
    }
  }
  if (error instanceof NoFiguresError) return noFiguresProblem(error, title, unchanged);
  if (error instanceof DocumentForAnotherCouncilError) {
    return new PaneProblem(title, `${sentence(error.message)}${unchanged}`, `Choose the documents for ${error.council.name} only, or choose the other council first.`);
  }
  if (error instanceof NothingToRefreshError) {
    return new PaneProblem("Nothing to refresh yet", `${sentence(error.message)}${unchanged}`, "Choose your council and click Fetch my council first.", "warning");
  }
  if (error instanceof RenderConflictError) {
    return new PaneProblem(
      title,
      `${sentence(error.message)}${unchanged}`,
      "Rename or remove that table (Table Design › Table Name) or name (Formulas › Name Manager), then try again.",
    );
  }
  if (error instanceof DocumentParseError) {
    return new PaneProblem(JOB_TITLES["read-letter"], sentence(error.message), PARSE_ADVICE[error.code]);
  }
  if (error instanceof CouncilNotFoundError) {
    return new PaneProblem(
      job === "read-letter" ? "The letter's council is not known" : title,
      sentence(error.message),
      "Check the letter is addressed to an English council LGSCO compares; if the name is mangled, paste the text again.",
    );
  }
  if (error instanceof FlagSettingsError) {
    return new PaneProblem(title, sentence(error.message), "Give a number in the range shown, or Restore default thresholds.");
  }
  if (error instanceof HostUrlError) {
    return new PaneProblem(title, sentence(error.message), "Correct the add-in host address, or leave it empty to use this add-in's own host.");
  }
  if (error instanceof SettingsSaveError) {
    return new PaneProblem(title, `Excel did not save the add-in's settings in the workbook: ${sentence(error.message)}`, "Check the workbook is not read-only or shared for review, then try again.");
  }
  if (error instanceof DatasetFormatError) {
    return new PaneProblem(
      JOB_TITLES.load,
      `The add-in's embedded figures are damaged (${sentence(error.message)})${unchanged}`,
      "Reload the pane. If it happens again, the add-in's host is serving a broken build: tell whoever runs it.",
    );
  }
  if (error instanceof Error && (error.name === "ChunkLoadError" || /Loading (?:CSS )?chunk \S+ failed/i.test(error.message))) {
    return new PaneProblem(
      JOB_TITLES.load,
      `Part of the add-in could not be loaded from its host.${unchanged}`,
      "Check the connection to the add-in's host, then try again.",
    );
  }

  const code = officeErrorCode(error);
  if (code !== undefined) {
    const refused = workbookRefusal(code, message(error));
    if (refused) return new PaneProblem(title, `${refused.whatHappened}${phase === "while-writing" ? halfWritten(job) : unchanged}`, refused.whatToDo);
    const written = phase === "while-writing" ? halfWritten(job) : unchanged;
    // Some platforms report cell-edit mode as a bare InvalidOperation.
    const editing = code === "InvalidOperation" ? "If you were typing in a cell, press Enter or Esc first. " : "";
    return new PaneProblem(title, `Excel refused the change (${code}): ${sentence(message(error))}${written}`, `${editing}Try again. If it happens again, save the workbook, close it and open it again.`);
  }
  return new PaneProblem(
    title,
    `Something unexpected went wrong: ${sentence(message(error))}${phase === "while-writing" ? halfWritten(job) : unchanged}`,
    "Try again. If it happens again, reload the pane, and tell whoever supports the add-in what the message says.",
  );
}

/** No figures for the council: what is held, and the one next step that can get some from here. */
function noFiguresProblem(error: NoFiguresError, title: string, unchanged: string): PaneProblem {
  const held = error.heldYears.length > 0 ? ` The add-in holds ${error.heldYears.join(", ")} for it.` : "";
  const documents = "import the council's LGSCO annual review letters or saved statistics pages (Import letters and pages)";
  const live = error.live;
  const advice =
    live.state === "off"
      ? `Turn on the live pull in Settings to read LGSCO's current page, or ${documents}.`
      : live.state === "failed" && live.reason === "not-found"
        ? `Give ${error.council.name}'s LGSCO page name in Settings (LGSCO page name: the part of its address on lgo.org.uk after /your-councils-performance/), then Fetch my council again; or ${documents}.`
        : `${documents[0]!.toUpperCase()}${documents.slice(1)}${error.heldYears.length > 0 ? ", or choose other years" : ""}.`;
  const why = live.state === "failed" ? ` LGSCO's page could not be read: ${sentence(live.message.replace(/;\s*showing the embedded figures.*$/, ""))}` : "";
  return new PaneProblem(title, `${sentence(error.message)}${held}${why}${unchanged}`, advice);
}
