import { describe, expect, it } from "vitest";
import { PaneProblem, type FetchResult, type PaneFlag, type RefreshResult, type SourcesSummary } from "../workbook/pane/pane-api";
import type { PaneEnvironment, PaneHost } from "./environment";
import { canFetch, fetchedStatus, problemStatus, refreshedStatus, startingStatus } from "./status";

const at = (host: PaneHost): PaneEnvironment => ({ host, theme: "light" });
const OFF: SourcesSummary = { entries: [], live: { state: "off", message: "Showing the embedded figures as of 2026-11-26 (live pull off)." } };
const FAILED: SourcesSummary = { entries: [], live: { state: "failed", message: "LGSCO's site had a fault (HTTP 500); showing the embedded figures as of 2026-11-26." } };
const flag = (id: string, severity: PaneFlag["severity"]): PaneFlag => ({ council: "London Borough of Harrow", year: "2019-20", id, severity, message: id, evidence: "" });

const fetched = (overrides: Partial<FetchResult> = {}): FetchResult => ({
  council: { gss: "E09000015", name: "London Borough of Harrow", shortName: "Harrow", type: "London Borough" },
  years: ["2019-20"],
  flags: [flag("upheld-above-average", "watch"), flag("remedy-below-average", "watch")],
  sources: OFF,
  notes: [],
  councilsInWorkbook: ["London Borough of Harrow"],
  ...overrides,
});

describe("startingStatus", () => {
  it("in a plain browser says the add-in must be opened in Excel and how", () => {
    const status = startingStatus(at({ kind: "browser" }));
    expect(status.intent).toBe("warning");
    expect(status.message).toMatch(/must be opened in Excel/);
    expect(status.message).toContain("Home › Add-ins › More Add-ins › Upload My Add-in");
  });

  it("in Excel asks for a council", () => {
    expect(startingStatus(at({ kind: "excel" }))).toMatchObject({ intent: "info", title: "Choose your council" });
  });

  it("names the wrong Office application", () => {
    expect(startingStatus(at({ kind: "other-office", application: "Word" })).message).toContain("opened in Word");
  });

  it("says plainly when office.js did not load", () => {
    const status = startingStatus(at({ kind: "no-office-js" }));
    expect(status.intent).toBe("error");
    expect(status.message).toContain("office.js did not load");
  });
});

describe("canFetch", () => {
  it("needs Excel and a chosen council", () => {
    expect(canFetch(at({ kind: "excel" }), true)).toBe(true);
    expect(canFetch(at({ kind: "excel" }), false)).toBe(false);
    expect(canFetch(at({ kind: "browser" }), true)).toBe(false);
    expect(canFetch(at({ kind: "no-office-js" }), true)).toBe(false);
  });
});

describe("after a job", () => {
  it("says what Fetch wrote, and counts the flags", () => {
    expect(fetchedStatus(fetched())).toEqual({
      intent: "success",
      title: "Fetched London Borough of Harrow",
      message: "Wrote 1 year (2019-20) to the Ombudsman sheets: 2 flags.",
    });
    const croydon = fetchedStatus(fetched({ years: ["2022-23", "2023-24"], flags: [flag("compliance-below-100", "scrutinise")], councilsInWorkbook: ["A", "B", "C"] }));
    expect(croydon.message).toBe("Wrote 2 years (2022-23 to 2023-24) to the Ombudsman sheets, beside 2 other councils already there: 1 flag, 1 to scrutinise.");
  });

  it("warns when the live pull failed, and passes the renderer's notes on", () => {
    const status = fetchedStatus(fetched({ sources: FAILED, notes: ['The sheet name "Ombudsman" is taken, so the add-in used "Ombudsman (2)".'] }));
    expect(status.intent).toBe("warning");
    expect(status.message).toMatch(/The live pull failed: see Sources\.$/);
    expect(status.notes).toHaveLength(1);
    expect(status.action).toContain("try again later");
    const notFound = fetchedStatus(fetched({ sources: { ...FAILED, live: { ...FAILED.live, pageNotFound: true } } }));
    expect(notFound.action).toBe(
      "The figures shown are the embedded ones. Give LGSCO's page name for London Borough of Harrow in Settings (LGSCO page name), then Fetch my council again.",
    );
  });

  it("says what Refresh rewrote, and that the analyst's sheets were not touched", () => {
    const result: RefreshResult = { councils: ["Leeds City Council", "London Borough of Harrow"], flags: [], sources: [], notes: [] };
    expect(refreshedStatus(result, true)).toEqual({
      intent: "success",
      title: "Comparisons refreshed from the ribbon",
      message: "Rewrote the Ombudsman sheets for 2 councils (Leeds City Council; London Borough of Harrow), with no flags. Your own sheets were not touched.",
    });
  });

  it("shows a problem as what happened and what to do", () => {
    expect(problemStatus(new PaneProblem("Fetch my council did not finish", "Excel is busy.", "Press Esc."))).toEqual({
      intent: "error",
      title: "Fetch my council did not finish",
      message: "Excel is busy.",
      action: "Press Esc.",
    });
    expect(problemStatus(new PaneProblem("Nothing to refresh yet", "No council has been fetched.", "Fetch one first.", "warning")).intent).toBe("warning");
  });
});
