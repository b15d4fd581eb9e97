import { describe, expect, it } from "vitest";
import { CouncilNotFoundError } from "../../domain/register";
import { FlagSettingsError } from "../../domain/flag-settings";
import { DocumentParseError } from "../../sources/documents/parse-error";
import { HostError } from "../../../test/support/excel-host";
import { NoFiguresError } from "../../application/job-errors";
import type { Authority } from "../../domain/types";
import type { LivePullStatus } from "../../sources/live/council-figures";
import { describeProblem } from "./describe-problem";
import { SettingsSaveError } from "./office-settings";
import { PaneProblem } from "./pane-api";
import { PlanRequestError } from "../plan/plan-for-councils";
import { RenderConflictError } from "../rendering/render-targets";

describe("describeProblem", () => {
  it("passes a PaneProblem through", () => {
    const problem = new PaneProblem("t", "w", "d");
    expect(describeProblem(problem, "fetch")).toBe(problem);
  });

  it("says the workbook is as it was only when nothing was written", () => {
    const error = new HostError("GeneralException", "Something broke.");
    expect(describeProblem(error, "fetch").whatHappened).toBe("Excel refused the change (GeneralException): Something broke. The workbook is as it was.");
    expect(describeProblem(error, "refresh", "while-writing").whatHappened).toMatch(/Some sheets may be half-written: Refresh comparisons again rewrites every sheet the add-in owns/);
    // A first Fetch stopped before marking its sheets leaves nothing Refresh can find.
    expect(describeProblem(error, "fetch", "while-writing").whatHappened).toMatch(/half-written: Fetch my council again finishes them/);
    expect(describeProblem(error, "fetch", "while-writing").message).not.toMatch(/Refresh/);
  });

  it("tells the analyst in cell-edit mode to finish editing, whichever code Excel reports", () => {
    const documented = describeProblem(new HostError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode."), "fetch");
    expect(documented.whatToDo).toBe("Press Enter or Esc in the sheet to finish editing, then try again.");
    expect(describeProblem(new HostError("InvalidOperation", "The operation is not allowed in cell edit mode."), "refresh").whatToDo).toBe(documented.whatToDo);
    expect(describeProblem(new HostError("InvalidOperation", "Something else."), "refresh").whatToDo).toMatch(/^If you were typing in a cell, press Enter or Esc first\./);
  });

  it("says what to do about a protected sheet, a read-only workbook and another author's change", () => {
    const protectedSheet = describeProblem(new HostError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet."), "fetch");
    expect(protectedSheet.whatToDo).toMatch(/Review › Unprotect Sheet/);
    expect(protectedSheet.whatHappened).toMatch(/protected.*The workbook is as it was\.$/);
    const readOnly = describeProblem(new HostError("AccessDenied", "This workbook is read-only; changes cannot be made to it."), "refresh", "while-writing");
    expect(readOnly.whatToDo).toMatch(/Edit Workbook/);
    expect(readOnly.whatHappened).toMatch(/read-only.*Refresh comparisons again/);
    expect(describeProblem(new HostError("Conflict", "Another author changed the workbook."), "fetch").whatToDo).toMatch(/Wait a moment/);
  });

  it("gives a next step for each plan refusal", () => {
    expect(describeProblem(new PlanRequestError("empty-year-range", "The year range 2023-24 to 2019-20 is empty: the first year is after the last."), "fetch").whatToDo).toBe(
      "Choose a From year no later than the To year.",
    );
    expect(describeProblem(new PlanRequestError("no-councils", "No council was chosen."), "fetch").whatToDo).toMatch(/Choose your council/);
  });

  it("offers the live pull for missing years only when it is off, and the page name field when the page was not found", () => {
    const harrow: Authority = { gss: "E09000015", name: "London Borough of Harrow", shortName: "Harrow", type: "London Borough", slug: "london-borough-of-harrow", slugConfirmed: false, alternativeSlugs: [], predecessors: [], successors: [] };
    const noFigures = (live: LivePullStatus) => new NoFiguresError(harrow, { from: "2023-24", to: "2023-24" }, ["2019-20"], live, "2026-12-02");
    expect(describeProblem(noFigures({ state: "off", message: "Live pull off." }), "fetch").whatToDo).toContain("Turn on the live pull in Settings");
    const notFound = describeProblem(noFigures({ state: "failed", reason: "not-found", message: "LGSCO has no statistics page for London Borough of Harrow." }), "fetch").whatToDo;
    expect(notFound).not.toMatch(/turn on the live pull/i);
    expect(notFound).toContain("Give London Borough of Harrow's LGSCO page name in Settings (LGSCO page name:");
    const timedOut = describeProblem(noFigures({ state: "failed", reason: "timeout", message: "LGSCO's site did not answer within 10 seconds." }), "fetch").whatToDo;
    expect(timedOut).not.toMatch(/turn on the live pull|page name/i);
  });

  it("names the table that is in the way", () => {
    const problem = describeProblem(new RenderConflictError(['A table named "OmbudsmanFlags" already exists on sheet "Mine".']), "fetch");
    expect(problem.whatHappened).toContain('"OmbudsmanFlags"');
    expect(problem.whatToDo).toMatch(/Name Manager/);
    expect(problem.whatHappened).toBe(`A table named "OmbudsmanFlags" already exists on sheet "Mine". The workbook is as it was.`);
  });

  it("tells a scanned PDF apart from a letter in another layout", () => {
    expect(describeProblem(new DocumentParseError("unreadable-pdf", "PDF", "the PDF holds no text (a scanned image cannot be read)"), "read-letter").whatToDo).toMatch(/paste it instead/);
    expect(describeProblem(new DocumentParseError("unknown-layout", "statistics sentences", "no statistics found"), "read-letter").whatToDo).toMatch(/annual review letter/);
  });

  it("words the other known failures", () => {
    expect(describeProblem(new CouncilNotFoundError({ kind: "unknown", message: 'No council in the register matches "Gotham".', suggestions: [] }), "read-letter").title).toBe(
      "The letter's council is not known",
    );
    expect(describeProblem(new FlagSettingsError("risingPoints", -1, "must be between 0 and 100"), "save-settings").whatToDo).toMatch(/Restore default thresholds/);
    expect(describeProblem(new SettingsSaveError("read-only"), "save-settings").whatToDo).toMatch(/read-only/);
    const chunk = Object.assign(new Error("Loading chunk 512 failed."), { name: "ChunkLoadError" });
    expect(describeProblem(chunk, "fetch").whatToDo).toMatch(/connection to the add-in's host/);
  });

  it("says something useful about the unexpected, without hiding the message", () => {
    const problem = describeProblem(new TypeError("x is undefined"), "fetch");
    expect(problem.whatHappened).toBe("Something unexpected went wrong: x is undefined. The workbook is as it was.");
  });
});
