// What waits for the first commit: the pane's first render (as static markup, where no effect
// runs) must request no chunk for the sections below it, nor start the deferred work. That they
// do load once the pane is up is checked in the browser (test/e2e/taskpane.test.ts, functions.test.ts).
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AfterFirstPaint } from "./after-first-paint";
import { App } from "./App";
import { MoreSectionsLater } from "./more-sections-later";

const loaders = vi.hoisted(() => ({ loadMoreSections: vi.fn(() => new Promise<never>(() => undefined)) }));
vi.mock("./panel-loaders", async (original) => ({ ...(await original<typeof import("./panel-loaders")>()), loadMoreSections: loaders.loadMoreSections }));

afterEach(() => loaders.loadMoreSections.mockClear());

describe("work after the first paint", () => {
  it("the sections below the first paint render nothing and request no chunk at first", () => {
    expect(renderToStaticMarkup(<MoreSectionsLater environment={{ host: { kind: "browser" }, theme: "light" }} />)).toBe("");
    expect(loaders.loadMoreSections).not.toHaveBeenCalled();
  });

  it("the pane's first render in a browser still shows its controls, and requests no sections yet", () => {
    const markup = renderToStaticMarkup(<App environment={{ host: { kind: "browser" }, theme: "light" }} />);
    expect(markup).toContain(">Council</label>");
    expect(markup).toContain("Refresh comparisons");
    expect(loaders.loadMoreSections).not.toHaveBeenCalled();
  });

  it("starts nothing while rendering", () => {
    const start = vi.fn();
    expect(renderToStaticMarkup(<AfterFirstPaint start={start} />)).toBe("");
    expect(start).not.toHaveBeenCalled();
  });
});
