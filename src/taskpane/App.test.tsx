// The pane's first render (before any effect runs), as static markup: what an analyst sees the
// moment the pane opens, in Excel and in a plain browser. Its behaviour in a browser, with the
// in-memory Excel host, is in test/e2e/pane.test.ts.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { PaneWorkbook } from "../workbook/pane/pane-api";
import { App } from "./App";
import type { PaneHost } from "./environment";
import { MoreSections } from "./MoreSections";

const never = () => new Promise<never>(() => undefined);
const WORKBOOK: PaneWorkbook = {
  councils: never,
  yearsHeld: never,
  settings: never,
  saveSettings: never,
  saveChoice: never,
  fetchCouncil: never,
  refreshComparisons: never,
  selectFlagRow: never,
  readDocuments: never,
  addDocuments: never,
  readDataTables: never,
  addDataTables: never,
  onActivity: () => () => undefined,
};

const render = (host: PaneHost): string =>
  renderToStaticMarkup(<App environment={{ host, theme: "light" }} {...(host.kind === "excel" ? { workbook: WORKBOOK } : {})} />);

function button(markup: string, name: string): string {
  const found = markup.match(new RegExp(`<button[^>]*>${name}</button>`));
  expect(found, `a ${name} button`).not.toBeNull();
  return found![0];
}

describe("App", () => {
  it("in a plain browser shows the shell, disabled, and says it must be opened in Excel", () => {
    const markup = render({ kind: "browser" });
    expect(markup).toContain("Ombudsman Scrutiny</h1>");
    expect(markup).toContain(">Council</label>");
    expect(button(markup, "Fetch my council")).toMatch(/disabled=""/);
    expect(button(markup, "Refresh comparisons")).toMatch(/disabled=""/);
    expect(markup).toMatch(/role="status"[^>]*>.*must be opened in Excel/);
  });

  it("in Excel asks for a council, with the list loading and Fetch waiting for a choice", () => {
    const markup = render({ kind: "excel" });
    expect(markup).toContain("Choose your council");
    expect(markup).toContain("Loading the list of councils…");
    // While the pane's jobs load, both buttons stay focusable (a keyboard user keeps their place) but do nothing.
    expect(button(markup, "Fetch my council")).toMatch(/aria-disabled="true"/);
    expect(button(markup, "Refresh comparisons")).toMatch(/aria-disabled="true"/);
  });

  it("labels every control of the first paint: council and years as (disabled) comboboxes until the list is in", () => {
    const markup = render({ kind: "excel" });
    for (const label of [">Council</label>", ">From</label>", ">To</label>"]) expect(markup).toContain(label);
    expect(markup.match(/role="combobox"[^>]*disabled=""/g)).toHaveLength(3);
  });

  it("labels the sections loaded after the first paint: import, register and settings", () => {
    const markup = renderToStaticMarkup(<MoreSections environment={{ host: { kind: "browser" }, theme: "light" }} />);
    expect(markup).toMatch(/<h2[^>]*><button[^>]*>.*Import letters and pages/);
    expect(markup).toMatch(/<h2[^>]*><button[^>]*>.*Your complaints register/);
    expect(markup).toMatch(/<h2[^>]*><button[^>]*>.*Settings/);
  });
});
