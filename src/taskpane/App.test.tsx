import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { App } from "./App";
import type { PaneHost } from "./environment";

const render = (host: PaneHost, councils = [{ code: "E09000015", name: "London Borough of Harrow" }]): string =>
  renderToStaticMarkup(<App environment={{ host, theme: "light" }} councils={councils} />);

function fetchButton(markup: string): string {
  const button = markup.match(/<button[^>]*>Fetch my council<\/button>/);
  expect(button, "a Fetch my council button").not.toBeNull();
  return button![0];
}

describe("App", () => {
  it("in a plain browser shows the shell, disabled, and says it must be opened in Excel", () => {
    const markup = render({ kind: "browser" });
    expect(markup).toContain("Ombudsman Scrutiny</h1>");
    expect(markup).toContain(">Council</label>");
    expect(fetchButton(markup)).toMatch(/disabled=""/);
    expect(markup).toMatch(/role="status"[^>]*>.*must be opened in Excel/);
  });

  it("in Excel offers the picker and waits for a council before Fetch", () => {
    const markup = render({ kind: "excel" });
    expect(markup).toContain("Choose your council");
    expect(markup).toMatch(/<input[^>]*role="combobox"(?![^>]*disabled)/);
    expect(fetchButton(markup)).toMatch(/disabled=""/);
  });

  it("says when the list of councils is not loaded", () => {
    expect(render({ kind: "excel" }, [])).toContain("The list of councils is not loaded yet.");
  });
});
