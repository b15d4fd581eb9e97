import { describe, expect, it } from "vitest";
import { CouncilNotFoundError } from "../../domain/register";
import { FlagSettingsError } from "../../domain/flag-settings";
import { DocumentParseError } from "../../sources/documents/parse-error";
import { HostError } from "../../../test/support/excel-host";
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
    expect(describeProblem(error, "refresh", "while-writing").whatHappened).toMatch(/Some sheets may be half-written: Refresh comparisons rewrites every sheet the add-in owns/);
  });

  it("gives a next step for each plan refusal", () => {
    expect(describeProblem(new PlanRequestError("empty-year-range", "The year range 2023-24 to 2019-20 is empty: the first year is after the last."), "fetch").whatToDo).toBe(
      "Choose a From year no later than the To year.",
    );
    expect(describeProblem(new PlanRequestError("no-councils", "No council was chosen."), "fetch").whatToDo).toMatch(/Choose your council/);
  });

  it("offers the live pull for missing years only when it is off, and the page name when it is on", () => {
    const noFigures = new PlanRequestError("no-figures", "No published figures are held for Kent County Council for 2015-16.");
    const off = describeProblem(noFigures, "fetch", "before-writing", { livePull: false }).whatToDo;
    expect(off).toContain("turn on the live pull in Settings");
    const on = describeProblem(noFigures, "fetch", "before-writing", { livePull: true }).whatToDo;
    expect(on).not.toMatch(/turn on the live pull/i);
    expect(on).toContain("give its LGSCO page name in Settings");
    expect(on).toContain("Import a letter");
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
