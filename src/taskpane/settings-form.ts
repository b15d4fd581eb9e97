// The settings form's fields as typed text, and back to settings: a threshold that is not a
// number in range is named with what is wrong, and nothing is saved until all are usable.
import { DEFAULT_FLAG_SETTINGS, FLAG_SETTING_UPPER_LIMITS, type FlagSettings } from "../domain/flag-settings";
import { checkLgscoPageName, PageNameError } from "../sources/live/page-names";
import type { PaneSettings } from "../workbook/pane/pane-api";

export interface ThresholdField {
  key: keyof FlagSettings;
  label: string;
  hint: string;
}

export const THRESHOLD_FIELDS: readonly ThresholdField[] = [
  { key: "complianceTarget", label: "Compliance target (%)", hint: "Compliance below this is flagged to scrutinise. LGSCO expects 100%." },
  { key: "aboveAverageMargin", label: "Above average by more than (points)", hint: "Upheld % and upheld per 100,000 above the similar-council average by more than this are flagged. 0: any amount above." },
  { key: "belowAverageMargin", label: "Remedy below average by more than (points)", hint: "Satisfactory remedy % below the average by more than this is flagged. 0: any amount below." },
  { key: "risingPoints", label: "Upheld rising by at least (points)", hint: "Upheld % up this much on the year before (within one comparable period) is flagged." },
  { key: "lowBaseUnder", label: "Low base: fewer than (cases)", hint: "A rate resting on fewer cases than this is marked low-base: read it with care." },
  { key: "inconsistencyTolerance", label: "Inconsistent when off by more than (points)", hint: "A published rate further than this from its own counts is marked figures-inconsistent." },
  { key: "peerRankMinimum", label: "Rank peers only among at least (councils)", hint: "A rank is given only among this many councils holding the figure (or every council of your own peer set)." },
];

export interface SettingsDraft {
  livePull: boolean;
  hostUrl: string;
  thresholds: Record<keyof FlagSettings, string>;
  /** The chosen council's LGSCO page name as typed ("" to let the live pull find it). */
  lgscoPage: string;
}

/** A field of the form that can be wrong: a threshold, or the page name. */
export type DraftField = keyof FlagSettings | "lgscoPage";

/** The form's fields from the saved settings; the page name is `council`'s (GSS code), the council chosen. */
export function draftOf(settings: PaneSettings, council: string | undefined = settings.council): SettingsDraft {
  const thresholds = Object.fromEntries(THRESHOLD_FIELDS.map((field) => [field.key, String(settings.flagSettings[field.key])])) as Record<keyof FlagSettings, string>;
  const lgscoPage = council === undefined ? "" : (settings.lgscoPages?.[council] ?? "");
  return { livePull: settings.livePull, hostUrl: settings.hostUrl, thresholds, lgscoPage };
}

export function defaultThresholds(): SettingsDraft["thresholds"] {
  return Object.fromEntries(THRESHOLD_FIELDS.map((field) => [field.key, String(DEFAULT_FLAG_SETTINGS[field.key])])) as SettingsDraft["thresholds"];
}

export type DraftResult = { ok: true; settings: PaneSettings } | { ok: false; problems: Partial<Record<DraftField, string>> };

/** The saved page names with the chosen council's set from the draft (removed when left empty), or what is wrong with it. */
function pageNamesFromDraft(draft: SettingsDraft, saved: PaneSettings, council: string | undefined): { lgscoPages: Record<string, string> } | { problem: string } {
  const pages = { ...(saved.lgscoPages ?? {}) };
  if (council === undefined) return { lgscoPages: pages };
  const text = draft.lgscoPage.trim();
  if (text === "") delete pages[council];
  else {
    try {
      pages[council] = checkLgscoPageName(text);
    } catch (error) {
      if (error instanceof PageNameError) return { problem: error.message };
      throw error;
    }
  }
  return { lgscoPages: pages };
}

/** The settings the draft describes (the rest kept from `saved`), or what is wrong with each field; the page name is `council`'s. */
export function settingsFromDraft(draft: SettingsDraft, saved: PaneSettings, council: string | undefined = saved.council): DraftResult {
  const problems: Partial<Record<DraftField, string>> = {};
  const flagSettings = { ...saved.flagSettings };
  for (const field of THRESHOLD_FIELDS) {
    const text = draft.thresholds[field.key].trim();
    const value = Number(text);
    const max = FLAG_SETTING_UPPER_LIMITS[field.key];
    if (text === "" || !Number.isFinite(value)) problems[field.key] = "Give a number.";
    else if (value < 0 || value > max) problems[field.key] = `Give a number from 0 to ${max.toLocaleString("en-GB")}.`;
    else flagSettings[field.key] = value;
  }
  const pageNames = pageNamesFromDraft(draft, saved, council);
  if ("problem" in pageNames) problems.lgscoPage = pageNames.problem;
  if (Object.keys(problems).length > 0 || "problem" in pageNames) return { ok: false, problems };
  const { lgscoPages: _previous, ...rest } = saved;
  const lgscoPages = Object.keys(pageNames.lgscoPages).length > 0 ? { lgscoPages: pageNames.lgscoPages } : {};
  return { ok: true, settings: { ...rest, ...lgscoPages, livePull: draft.livePull, hostUrl: draft.hostUrl.trim(), flagSettings } };
}
