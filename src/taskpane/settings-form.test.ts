import { describe, expect, it } from "vitest";
import { DEFAULT_FLAG_SETTINGS } from "../domain/flag-settings";
import { DEFAULT_PANE_SETTINGS, type PaneSettings } from "../workbook/pane/pane-settings";
import { draftOf, settingsFromDraft, THRESHOLD_FIELDS } from "./settings-form";

const SAVED: PaneSettings = { ...DEFAULT_PANE_SETTINGS, council: "E09000015", letters: [] };

describe("the settings form", () => {
  it("has a labelled field for every flag threshold", () => {
    expect(THRESHOLD_FIELDS.map((field) => field.key).sort()).toEqual(Object.keys(DEFAULT_FLAG_SETTINGS).sort());
  });

  it("round-trips the saved settings, keeping the council and letters", () => {
    expect(settingsFromDraft(draftOf(SAVED), SAVED)).toEqual({ ok: true, settings: SAVED });
  });

  it("reads the changed fields", () => {
    const draft = draftOf(SAVED);
    draft.livePull = true;
    draft.hostUrl = " https://addin.example.org ";
    draft.thresholds.risingPoints = "5";
    expect(settingsFromDraft(draft, SAVED)).toEqual({
      ok: true,
      settings: { ...SAVED, livePull: true, hostUrl: "https://addin.example.org", flagSettings: { ...DEFAULT_FLAG_SETTINGS, risingPoints: 5 } },
    });
  });

  it("names each threshold that is not a number in range", () => {
    const draft = draftOf(SAVED);
    draft.thresholds.complianceTarget = "101";
    draft.thresholds.lowBaseUnder = "ten";
    draft.thresholds.risingPoints = "";
    expect(settingsFromDraft(draft, SAVED)).toEqual({
      ok: false,
      problems: { complianceTarget: "Give a number from 0 to 100.", lowBaseUnder: "Give a number.", risingPoints: "Give a number." },
    });
  });

  it("sets the chosen council's LGSCO page name from the name or the page's address, keeps other councils', and removes it when emptied", () => {
    const saved: PaneSettings = { ...SAVED, lgscoPages: { E08000035: "leeds-city-council" } };
    expect(draftOf(saved, "E08000035").lgscoPage).toBe("leeds-city-council");
    const draft = draftOf(saved);
    expect(draft.lgscoPage).toBe("");
    draft.lgscoPage = " https://www.lgo.org.uk/your-councils-performance/harrow-council/statistics ";
    const set = settingsFromDraft(draft, saved);
    expect(set).toEqual({ ok: true, settings: { ...saved, lgscoPages: { E08000035: "leeds-city-council", E09000015: "harrow-council" } } });
    if (!set.ok) return;
    const again = draftOf(set.settings);
    expect(again.lgscoPage).toBe("harrow-council");
    again.lgscoPage = "";
    expect(settingsFromDraft(again, set.settings)).toEqual({ ok: true, settings: saved });
  });

  it("names a page name that cannot be LGSCO's, and saves nothing", () => {
    const draft = draftOf(SAVED);
    draft.lgscoPage = "harrow council!";
    const result = settingsFromDraft(draft, SAVED);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.lgscoPage).toMatch(/harrow council!/);
  });
});
